package vn.exemplarbot.messaging;

/** An inline button: what it says and the opaque data that comes back when pressed. */
public record Button(String label, String data) {}
