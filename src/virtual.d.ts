// The build-time module made by scripts/content-index.ts; typed in src/ui/content/content.ts.
declare module 'virtual:content-index' {
  const index: unknown;
  export default index;
}
