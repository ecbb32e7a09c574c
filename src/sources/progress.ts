// Row counting for `onProgress`: a call every `every` rows and one at the end, never per row.

export interface Progress {
  tick(): void;
  done(): void;
  readonly count: number;
}

export function makeProgress(onProgress?: (rowsRead: number) => void, every = 1000): Progress {
  let count = 0;
  let reported = -1;
  return {
    tick() {
      count++;
      if (onProgress && count % every === 0) {
        reported = count;
        onProgress(count);
      }
    },
    done() {
      if (onProgress && reported !== count) {
        reported = count;
        onProgress(count);
      }
    },
    get count() {
      return count;
    },
  };
}
