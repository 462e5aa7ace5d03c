/**
 * Reads a Server-Sent Events response as a test needs it: `next('message')` waits for the next
 * event of that name (skipping others) and gives its JSON data.
 */
export function readEvents(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const pending: { event: string; data: string }[] = [];
  async function pull(): Promise<boolean> {
    const { value, done } = await reader.read();
    if (done) return false;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: ?(.*)$/m.exec(block)?.[1];
      const data = /^data: ?(.*)$/m.exec(block)?.[1];
      if (event) pending.push({ event, data: data ?? '' });
    }
    return true;
  }
  return {
    async next(name: string, timeoutMs = 5000): Promise<unknown> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const index = pending.findIndex((e) => e.event === name);
        if (index >= 0) return JSON.parse(pending.splice(index, 1)[0]!.data) as unknown;
        if (Date.now() > deadline) throw new Error(`No ${name} event within ${timeoutMs} ms`);
        const timer = new Promise<boolean>((resolve) => setTimeout(() => resolve(true), deadline - Date.now()).unref());
        if (!(await Promise.race([pull(), timer]))) throw new Error(`The stream ended before a ${name} event`);
      }
    },
    close() {
      void reader.cancel();
    },
  };
}
