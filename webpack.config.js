/* eslint-disable @typescript-eslint/no-require-imports */
// Build of the add-in: one shared-runtime page (taskpane.html) hosting the task pane and the custom
// functions, functions.json generated from the JSDoc in src/functions/functions.ts.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { functionNameProblems } = require("./tools/functionNames");

/** Fails the build when a custom function's id or name breaks Excel's naming rules. */
class FunctionNamesCheck {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionNamesCheck", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FunctionNamesCheck", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        const asset = assets["functions.json"];
        if (!asset) return;
        const problems = functionNameProblems(JSON.parse(asset.source().toString()).functions);
        for (const p of problems) compilation.errors.push(new compiler.webpack.WebpackError(`functions.json: ${p}`));
      });
    });
  }
}

const devUrl = "https://localhost:3000/";
// Replace with the production host when the add-in is deployed; `npm run build` rewrites the
// manifest's URLs to it.
const prodUrl = process.env.STYRINGSARK_URL || "https://localhost:3000/";

async function httpsOptions() {
  // Loaded only for the dev server: it creates a local certificate the first time.
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = process.argv.some((a) => a === "serve");
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      // Every build writes every file, so a file's time says when it was built (the bundle tests use
      // dist/ only when it is newer than every source; webpack otherwise skips unchanged files).
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionNamesCheck(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(devUrl).join(prodUrl)),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          static: { directory: path.join(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: process.env.npm_package_config_dev_server_port || 3000,
        }
      : undefined,
  };
};
