// Types for the type check of docs/assets/js (tsconfig.json): what the page gets from outside
// our own modules. Nothing here is shipped.

interface Window {
  /** Material for MkDocs' observable of page loads (instant navigation). */
  document$?: { subscribe(next: () => void): unknown };
}

declare module "*/vendor/qrcode-generator/qrcode.mjs" {
  const qrcode: (typeNumber: number, errorCorrectionLevel: string) => {
    addData(data: string, mode?: string): void;
    make(): void;
    getModuleCount(): number;
    isDark(row: number, col: number): boolean;
  };
  export default qrcode;
}
