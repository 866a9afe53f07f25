// Where a client is on a plan's path, by the rule each homework item follows (an item is done
// when its worksheet is complete or its chapter is marked as read): a step is "done" when all its
// items are, the first step that is not is "next", and every step after it is "later".

/** The status of each step, from whether each of its items is done ([[true, false], …]). */
export function stepStatuses(stepsDone) {
  let nextFound = false;
  return stepsDone.map((items) => {
    if (items.length && items.every(Boolean)) return "done";
    if (nextFound) return "later";
    nextFound = true;
    return "next";
  });
}
