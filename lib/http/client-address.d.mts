export declare const CLIENT_ADDRESS_HEADER: "x-newsroom-client";
export declare function trustedProxyHops(value: string | undefined): number;
export declare function clientAddress(input: { socketAddress: string | undefined; forwardedFor: string | string[] | undefined; hops: number }): string;
