/**
 * Conversation: the layer every chat feature uses. An update arrives here as a small record of ours
 * ({@link vn.exemplarbot.conversation.Incoming}); the {@link
 * vn.exemplarbot.conversation.Dispatcher} finds who sent it, routes commands, button presses and
 * typed input to the handlers modules offer, and keeps each person's flows (one per kind, so a
 * nomination in progress and a comment being typed never trample each other; they survive
 * restarts). A short flow started from a button ({@link
 * vn.exemplarbot.conversation.Flows#interject}) sets the active one aside and gives it back when it
 * ends. Replies go to the outbox in the person's language; a button press edits its message in
 * place and is answered at once. Callback data goes through one codec and carries only opaque ids.
 * Ballot choices are never held here. Uses {@code roster}, {@code messaging} and {@code storage}.
 */
package vn.exemplarbot.conversation;
