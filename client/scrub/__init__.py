"""satchel.client.scrub: lossless metadata removal before an attachment is encrypted.

Use:

    result = scrub(src, name, size=size)    # ScrubResult: the cleaned bytes, what was removed
    sniff_media_type(head, name)            # the type by content; the name breaks ties only

Modules: scrubber (the entry point: picks the cleaner, in memory up to a limit, streamed
beyond), image (JPEG, PNG, WebP: segments walked, pixels copied byte for byte, JPEG
orientation kept), video (ISO BMFF: MP4, MOV, M4A, streamed by a plan of segments),
docs (PDF through pikepdf; OOXML and ODF zips rewritten without their metadata parts).

Guarantees: pixel and media data are never decoded or re-encoded; nothing is written to
a temporary file; a file that does not parse is left unchanged and reported, never
silently passed through as clean. Errors: ScrubError (cannot clean this file: the
caller asks the person whether to keep its metadata), SourceChanged (the file changed
while it was streamed).
"""
