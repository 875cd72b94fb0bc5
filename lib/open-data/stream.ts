// A response body that reads the next batch only when the client asks for more, so a
// download holds one batch at a time and a slow client slows the reads, not the memory.
export function batchStream<T>(
  batches: AsyncGenerator<T[]>,
  format: { head: string; encode: (rows: T[], index: number) => string; tail: string },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const head = index === 0 ? format.head : "";
        const next = await batches.next();
        if (next.done) {
          controller.enqueue(encoder.encode(head + format.tail));
          controller.close();
        } else {
          controller.enqueue(encoder.encode(head + format.encode(next.value, index++)));
        }
      },
      async cancel() {
        await batches.return(undefined);
      },
    },
    // No read-ahead: pull runs only for a pending read.
    { highWaterMark: 0 },
  );
}
