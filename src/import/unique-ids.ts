/**
 * Hands out ids that are unique within one import: "strike", "strike-2", "strike-3"… and never
 * one of `reserved` (ids the file gives itself, whose duplicates validation should report).
 */
export function uniqueIds(reserved: ReadonlySet<string> = new Set()) {
  const used = new Set<string>();
  return (wanted: string): string => {
    let id = wanted;
    for (let n = 2; used.has(id) || reserved.has(id); n += 1) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  };
}
