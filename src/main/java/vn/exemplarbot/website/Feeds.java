package vn.exemplarbot.website;

import org.springframework.stereotype.Component;

/** The two machine-readable files of the export, together. */
@Component
record Feeds(JsonExport json, AtomFeed atom) {}
