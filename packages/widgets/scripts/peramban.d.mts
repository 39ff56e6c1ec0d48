export declare const PERAMBAN: string;
export declare const SASARAN_BUILD: string[];
