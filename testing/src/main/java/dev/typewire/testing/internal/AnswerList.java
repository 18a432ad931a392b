package dev.typewire.testing.internal;

import java.util.ArrayList;
import java.util.List;

/** Answers used in order, the last one repeating. Guarded by the owning {@link StubState}. */
final class AnswerList {

  private final List<Answer> answers = new ArrayList<>();
  private int next;
  private boolean pendingDelay;

  void add(Answer answer) {
    if (pendingDelay && answers.size() > next) {
      // A delay alone waits for the answer it delays.
      Answer delay = answers.remove(answers.size() - 1);
      answers.add(answer.delayedBy(delay.delay()));
    } else {
      answers.add(answer);
    }
    pendingDelay = answer.kind() == Answer.Kind.DEFAULT;
  }

  boolean isEmpty() {
    return answers.isEmpty();
  }

  /** The next answer, or null when there is none. */
  Answer take() {
    if (answers.isEmpty()) {
      return null;
    }
    Answer answer = answers.get(Math.min(next, answers.size() - 1));
    if (next < answers.size()) {
      next++;
    }
    return answer;
  }
}
