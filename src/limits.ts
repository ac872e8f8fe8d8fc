/**
 * How much of one page is read, so that the memory one record takes is bounded whatever
 * its size (a 10 MB table of tiny cells made a million DOM nodes and about 1 GB of heap).
 * No real article page comes near either limit; past them the rest of the page is not
 * read and the Article says so in `warnings` (`INPUT_TRUNCATED`).
 */

/** Elements (start tags) of an HTML page that are parsed; the markup after the last is dropped. */
export const MAX_ELEMENTS = 200_000;

/** Lines of plain text (and of Markdown read as text) that become blocks. */
export const MAX_TEXT_LINES = 200_000;
