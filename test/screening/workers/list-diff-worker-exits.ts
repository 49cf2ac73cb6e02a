/** A list-diff worker that stops without answering (as one killed mid-diff would). */
process.exit(2);
