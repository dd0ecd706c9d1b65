/** Lets the browser paint the progress and take a Cancel click between steps. */
export function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
