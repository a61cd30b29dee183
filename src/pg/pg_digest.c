/*
 * pg_digest.c — luohuplan.text_sha256(t): SHA-256 of a text's UTF-8 bytes
 * in hex, which reports.text_sha256 (a generated column) stores.  It was
 * encode(sha256(convert_to(t, 'UTF8')), 'hex') in SQL: convert_to is STABLE,
 * so the planner could not inline it into the IMMUTABLE function, and every
 * report stored ran it as an SQL function, parsed and planned anew, and
 * checked the text's encoding once more.  The database is UTF8 (the control
 * file requires it), so the bytes of the text are its UTF-8 bytes.
 */
#include "lp_pg.h"

#include "common/cryptohash.h"
#include "common/sha2.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(luohuplan_text_sha256);

Datum
luohuplan_text_sha256(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	pg_cryptohash_ctx *ctx = pg_cryptohash_create(PG_SHA256);
	uint8		digest[PG_SHA256_DIGEST_LENGTH];
	char		hex[PG_SHA256_DIGEST_LENGTH * 2];

	if (pg_cryptohash_init(ctx) < 0 ||
		pg_cryptohash_update(ctx, (const uint8 *) VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)) < 0 ||
		pg_cryptohash_final(ctx, digest, sizeof(digest)) < 0)
		elog(ERROR, "could not compute SHA-256: %s", pg_cryptohash_error(ctx));
	pg_cryptohash_free(ctx);
	hex_encode((const char *) digest, sizeof(digest), hex);
	PG_FREE_IF_COPY(t, 0);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(hex, sizeof(hex)));
}
