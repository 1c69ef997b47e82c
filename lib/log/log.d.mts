export type LogLevel = "info" | "warn" | "error";
export declare function redact(text: unknown): string;
export declare function runWithRequestId<T>(requestId: string, fn: () => T): T;
export declare function currentRequestId(): string | undefined;
export declare function logEvent(level: LogLevel, event: string, fields?: Record<string, unknown>): void;
export declare function routeConsoleToLog(): void;
