/**
 * Fostering (domain.md step 8): the list of new factors (nhân tố mới), people and collectives to be
 * fostered toward exemplar, with the dated follow-up notes their division head or a council
 * secretary writes. Owns the tables of {@code V3__new_factors.sql} (in {@code migrations/} and
 * {@code migrations/postgresql/}); the list is not kept per cycle, so it carries over to the next
 * one.
 *
 * <p>A factor joins the list when a nomination that proposed its nominee as a new factor (step 7 of
 * {@code /nominate}) is endorsed (it listens to {@code NominationEndorsed}, in the endorsement's
 * transaction), or directly: {@code Thêm nhân tố mới} in {@code /newfactors}, by a division head
 * for their own division or a council secretary for any. {@code /newfactors} lists the factors by
 * division with their latest notes and {@code Thêm ghi chú}; every press and every typed note is
 * checked against the sender's roster role, whatever the button data says, and each addition and
 * note is audited. Recognised exemplars join through {@link
 * vn.exemplarbot.fostering.Fostering#follow}, the module's one public entry.
 *
 * <p>Uses {@code nomination} (its endorsement event and {@code Kind}), {@code conversation}, {@code
 * messaging}, {@code roster}, {@code audit} and {@code clock}. {@code FactorOverview} gives the
 * cycle report the whole list.
 */
package vn.exemplarbot.fostering;
