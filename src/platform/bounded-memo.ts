/**
 * A pure function's answers kept per key, for keys that repeat (a path, a year, a word). Past
 * `maxEntries` everything is forgotten at once: the bound only guards memory against keys that
 * do not repeat, and the next calls fill it again.
 */
export function boundedMemo<K, V>(maxEntries: number, compute: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key)!;
    const answer = compute(key);
    if (answers.size >= maxEntries) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
