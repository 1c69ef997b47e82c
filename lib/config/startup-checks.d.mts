export declare const MIN_SECRET_LENGTH: number;
export declare function secretFingerprint(secret: string | undefined): string;
export declare function startupProblems(env: Record<string, string | undefined>, build?: { siteUrl?: string; secret?: string }): string[];
export declare function normaliseOrigin(value: string | undefined): string;
