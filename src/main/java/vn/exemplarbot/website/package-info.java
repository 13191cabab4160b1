/**
 * Website: the public face of the exemplars (step 7 of the domain, spreading). Owns the export
 * folder {@code <data>/site/}: one page per cycle year with exemplars ({@code
 * exemplars-<year>.html}, the current cycle's also as {@code index.html}, self-contained and mobile
 * first, grouped by division, past years linked), {@code exemplars.json} (every year; its shape is
 * {@code docs/exemplars.schema.json}) and the Atom feed {@code exemplars.atom}. The export is
 * regenerated whole at start and after the commit of every change to what is public ({@code
 * ExemplarsPublished}, {@code RecognitionRevoked}, {@code CertificateReissued}, {@code
 * ConfigReloaded}), each file moved into place atomically. Serves the folder over HTTP ({@code
 * /exemplars}, {@code /exemplars-<year>.html}, {@code /exemplars?year=}, {@code /exemplars/<year>},
 * {@code /exemplars.json}, {@code /exemplars.atom}) and lists a year in chat ({@code /exemplars
 * [year]}, anyone registered).
 *
 * <p>Only names, honorifics, positions, divisions, movements, achievements, codes, decision numbers
 * and dates and years go out: never a phone, a Telegram id or a username. Every value is escaped
 * for where it goes (HTML, XML, JSON).
 *
 * <p>Uses {@code decision} ({@code Recognitions}, the list the public may see, and its events),
 * {@code roster} ({@code Directory}, {@code ConfigReloaded}), {@code conversation} and {@code
 * messaging}.
 */
package vn.exemplarbot.website;
