// office-addin-mock 4 needs only the OfficeApp enum from office-addin-manifest; loading the real
// package pulls in its CLI and network helpers, so jest maps it here (see jest.config.js).
module.exports = {
  OfficeApp: {
    Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word",
  },
};
