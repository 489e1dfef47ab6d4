/**
 * Cursor pagination, shared by every cursor-paginated list (Library v2 documents and entities, answer
 * files, audit events). Lists are newest first: {@code created_at} descending, ties by id descending.
 *
 * <p>A surface turns its query parameters into a {@link dev.dossier.application.paging.PageRequest};
 * a service names the list with a {@link dev.dossier.application.paging.CursorScope}, lets the
 * {@link dev.dossier.application.paging.CursorPager} turn the request into a
 * {@link dev.dossier.application.paging.KeysetRequest} (verifying the cursor), asks its repository
 * port for a {@link dev.dossier.application.paging.KeysetSlice}, and lets the pager turn that into a
 * {@link dev.dossier.application.paging.CursorPage} with signed cursors.
 *
 * <p>The semantics, for a page of items newest first:
 * <ul>
 *   <li>{@code next_cursor} is present iff items older than the page's oldest item exist; passed as
 *       {@code after}, it returns the items right after (older than) that item.</li>
 *   <li>{@code prev_cursor} is present iff items newer than the page's newest item exist; passed as
 *       {@code before}, it returns the items right before (newer than) that item, still newest first.</li>
 *   <li>{@code has_more} is true iff more items lie beyond the page in the direction of travel: older
 *       ones for a first page or an {@code after} page, newer ones for a {@code before} page. So
 *       {@code has_more} equals "{@code next_cursor} is present" going forward and "{@code prev_cursor}
 *       is present" going backward.</li>
 *   <li>An empty page (its items were deleted meanwhile, or a cursor points past the end) is measured
 *       from the cursor's position, the item at it included: {@code after} X past the end gives no
 *       items, no {@code next_cursor}, and a {@code prev_cursor} whose page holds X (if it still exists)
 *       and the items newer than it.</li>
 * </ul>
 * Pages are cut by keyset (strictly after or before a position), never by offset, so documents added
 * or deleted between two requests never shift a page: walking with {@code next_cursor} (or back with
 * {@code prev_cursor}) visits every item that existed during the whole walk exactly once.
 *
 * <p>Cursors are opaque: a position, the direction they may be used in, and an HMAC-SHA256 over both
 * and the list's scope (tenant, owner, filters) with a key every server instance shares. A cursor that
 * was altered, issued for another list or tenant, used in the other parameter, or is not a cursor at
 * all is a 400 on its parameter: {@code {"after": ["Invalid cursor."]}}.
 */
package dev.dossier.application.paging;
