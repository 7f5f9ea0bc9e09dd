export declare const workspaceAliases: Record<string, string>;
