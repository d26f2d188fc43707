/* eslint-disable @typescript-eslint/no-require-imports */
// Build of the add-in: one shared-runtime page (taskpane.html) hosting the task pane and the custom
// functions, functions.json generated from the JSDoc in src/functions/functions.ts.
// `STYRINGSARK_URL=https://… npm run build` makes dist/ for the kommune's own https server
// (docs/udrulning.md): the manifest's URLs on that address, the scripts content-hashed
// (taskpane.[contenthash].js, referenced from taskpane.html), and the add-in's version taken from
// manifest.xml's <Version>, the one place it is written.
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { functionNameProblems } = require("./tools/functionNames");
const { deployManifest, manifestVersion, DEV_ORIGIN } = require("./tools/deployManifest");

const MANIFEST = path.resolve(__dirname, "manifest.xml");

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

/**
 * dist/manifest.xml: manifest.xml on STYRINGSARK_URL with the functions' script at its hashed name
 * (tools/deployManifest.js). Made after webpack has settled the final content hashes.
 */
class DeployManifest {
  constructor(url, dev) {
    this.url = url;
    this.dev = dev;
  }
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("DeployManifest", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "DeployManifest", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        compilation.fileDependencies.add(MANIFEST);
        const functionsScript = [...(compilation.namedChunks.get("functions")?.files ?? [])].find((f) => f.endsWith(".js"));
        try {
          const xml = deployManifest(fs.readFileSync(MANIFEST, "utf8"), { url: this.dev ? undefined : this.url, functionsScript });
          compilation.emitAsset("manifest.xml", new sources.RawSource(xml));
        } catch (e) {
          compilation.errors.push(new WebpackError(e.message));
        }
        if (!this.dev && this.url === undefined) {
          compilation.warnings.push(new WebpackError(`STYRINGSARK_URL er ikke sat: dist/manifest.xml peger på ${DEV_ORIGIN}/ og kan kun bruges til udvikling (docs/udrulning.md).`));
        }
      });
    });
  }
}

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
      // Production scripts carry a hash of their content: after an update Office's and the browser's
      // caches cannot serve old code under a new page (docs/udrulning.md, caching).
      filename: dev ? "[name].js" : "[name].[contenthash:16].js",
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
      // The add-in's version for "Kontrollér Excel"'s report (src/excel/selvtest.ts).
      new (require("webpack").DefinePlugin)({ __STYRINGSARK_VERSION__: JSON.stringify(manifestVersion(fs.readFileSync(MANIFEST, "utf8"))) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*", to: "assets/[name][ext]" }] }),
      new DeployManifest(process.env.STYRINGSARK_URL || undefined, dev),
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
