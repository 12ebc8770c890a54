// esbuild configuration: bundles src/ into ../internal/web/dist, which the
// Go binary embeds. Run with `npm run build` (make web).
import * as esbuild from "esbuild";
import { copyFile, mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";

const outdir = new URL("../internal/web/dist/", import.meta.url).pathname;
const keep = new Set(["README.md", ".gitignore"]);

await mkdir(outdir, { recursive: true });
for (const name of await readdir(outdir)) {
  if (!keep.has(name)) await rm(join(outdir, name), { recursive: true, force: true });
}
await esbuild.build({
  entryPoints: { main: "src/main.js" },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: "esm",
  target: ["es2022"],
  outdir,
  // Fonts and images referenced by vis CSS are inlined: the CSP allows
  // data: images and nothing from other origins.
  loader: { ".png": "dataurl", ".svg": "dataurl", ".woff": "dataurl", ".woff2": "dataurl" },
  legalComments: "linked",
  logLevel: "info",
});
await copyFile("src/index.html", join(outdir, "index.html"));
