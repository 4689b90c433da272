// Today's greeting: "Welcome aboard" belongs to someone who has not started
// yet (no review, no interview answer); from then on it is "Welcome back".
export function greeting(name: string, started: boolean): string {
  return started
    ? `Welcome back, ${name}.`
    : `Welcome aboard, ${name}. Start with a review below, or browse the lessons first.`;
}
