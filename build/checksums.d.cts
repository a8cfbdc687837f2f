/** electron-builder afterAllArtifactBuild hook: writes SHA256SUMS beside the artefacts. */
declare function writeChecksums(result: { artifactPaths: string[]; outDir: string }): Promise<string[]>;
export = writeChecksums;
