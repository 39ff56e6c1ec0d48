// es-check ships no types: the part of its Node API the browser-support test uses.
declare module 'es-check' {
  export interface EsCheckConfig {
    ecmaVersion: string;
    files: readonly string[];
    module?: boolean;
    checkFeatures?: boolean;
    browserslistQuery?: string;
    /** Feature names es-check reports that the caller accepts, comma-separated. */
    allowList?: string;
  }
  export interface EsCheckError {
    readonly file: string;
    readonly err: Error;
  }
  /** Synchronous when called without a logger (the Node API): never exits the process then. */
  export function runChecks(configs: readonly EsCheckConfig[]): {
    success: boolean;
    errors: EsCheckError[];
  };
}
