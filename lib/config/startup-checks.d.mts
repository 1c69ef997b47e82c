export declare const MIN_SECRET_LENGTH: number;
export declare function startupProblems(env: Record<string, string | undefined>, builtFor: string | undefined): string[];
export declare function normaliseOrigin(value: string | undefined): string;
