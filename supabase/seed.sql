/*
 * Local development seed (Supabase CLI `supabase db reset` runs it after the migrations).
 *
 * Intentionally empty of accounts: users, orgs and their key salts are created through the API
 * (POST /auth/register), so passwords are hashed and salts are random, never checked in.
 */
select 1;
