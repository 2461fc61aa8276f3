// Minimal `--name value` flag parsing shared by the CLI and the bench scripts.

/** Parses `--name value` flags after the positional arguments; `switches` take no value. */
export function parseFlags(
  args: string[],
  switches: string[] = [],
): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      flags.set(name!, inline ?? (switches.includes(name!) ? 'true' : (args[++i] ?? '')));
    } else positional.push(arg);
  }
  return { positional, flags };
}
