/**
 * Builds the add-in into dist/, after Microsoft's Office add-in templates (shared runtime):
 *   taskpane.js + taskpane.html  the React task pane; the page also loads functions.js, because in a
 *                                shared runtime the custom functions live in the task pane's page;
 *   functions.js + functions.json the PM.* custom functions and their metadata;
 *   assets/, manifest.xml        copied (set CELLPATH_ORIGIN to rewrite https://localhost:3000).
 * Works offline: nothing here fetches anything.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');

const DEV_ORIGIN = 'https://localhost:3000';
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/**
 * Writes functions.json from the JSDoc of the functions file and FAILS the build on any metadata
 * error. (custom-functions-metadata-plugin only logs such errors and lets the build pass, leaving
 * Excel with functions that silently do not load.) It also checks that every @customfunction is
 * registered by an explicit CustomFunctions.associate call, since we do not inject those.
 */
class FunctionsMetadataPlugin {
  constructor({ input, output = 'functions.json' }) {
    this.input = path.resolve(input);
    this.output = output;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const name = 'FunctionsMetadataPlugin';
    const shown = path.relative(process.cwd(), this.input);
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(this.input);
      compilation.hooks.processAssets.tapPromise({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        const fail = (message) => compilation.errors.push(new WebpackError(`${shown}: ${message}`));
        let result;
        try {
          result = await generateCustomFunctionsMetadata(this.input, false);
        } catch (error) {
          fail(`custom function metadata: ${error.message}`);
          return;
        }
        result.errors.forEach((error) => fail(`custom function metadata: ${error}`));
        if (result.errors.length) return;
        if (!result.metadataJson) {
          fail('no @customfunction found, so there is no functions.json to write.');
          return;
        }
        const source = fs.readFileSync(this.input, 'utf8');
        for (const { id, functionName } of result.associate) {
          const call = new RegExp(`CustomFunctions\\.associate\\(\\s*['"]${id}['"]\\s*,\\s*${functionName}\\s*\\)`);
          if (!call.test(source)) fail(`@customfunction ${id} is never registered: add CustomFunctions.associate('${id}', ${functionName}).`);
        }
        compilation.emitAsset(this.output, new sources.RawSource(result.metadataJson));
      });
    });
  }
}

/** The certificate office-addin-dev-certs installs, when present; else a self-signed one. */
function httpsServer() {
  const folder = path.join(os.homedir(), '.office-addin-dev-certs');
  const file = (name) => path.join(folder, name);
  if (!['localhost.crt', 'localhost.key', 'ca.crt'].every((name) => fs.existsSync(file(name)))) return 'https';
  return {
    type: 'https',
    options: { cert: fs.readFileSync(file('localhost.crt')), key: fs.readFileSync(file('localhost.key')), ca: fs.readFileSync(file('ca.crt')) },
  };
}

module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  const origin = (process.env.CELLPATH_ORIGIN || DEV_ORIGIN).replace(/\/$/, '');
  return {
    mode: production ? 'production' : 'development',
    devtool: 'source-map',
    // The custom functions may run in a JavaScript-only runtime: no DOM is assumed, and the
    // bundles carry no chunk-loading code that would need one.
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`'s job; the build only strips types.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new FunctionsMetadataPlugin({ input: './src/functions/functions.ts', output: 'functions.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (origin === DEV_ORIGIN ? content : content.toString().split(DEV_ORIGIN).join(origin)),
          },
        ],
      }),
    ],
    // React and Fluent UI make the task pane bundle some 600 KB; warn only if it grows past 2 MB.
    performance: { hints: production ? 'warning' : false, maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: httpsServer(),
      port: PORT,
      hot: false,
    },
  };
};

module.exports.FunctionsMetadataPlugin = FunctionsMetadataPlugin;
