package vn.exemplarbot.nomination;

/** The proposer's answer to one general criterion; when {@code met}, the text is its evidence. */
public record CriterionAnswer(int index, String criterion, boolean met, String text) {}
