import express, { type Request, type RequestHandler } from 'express';
import { z } from 'zod';
import { RequestValidationError } from './errors';

/**
 * Parses one part of the request with a zod schema (route files declare theirs `.strict()`, so an
 * unknown field is a 400 `invalid_request` naming it). Handlers call these at their top and get
 * typed values; a missing JSON body parses as `{}` so a strict empty schema accepts "no body".
 */
export function parseBody<S extends z.ZodType>(schema: S, req: Request): z.output<S> {
  return parse(schema, req.body ?? {}, 'body');
}

export function parseQuery<S extends z.ZodType>(schema: S, req: Request): z.output<S> {
  return parse(schema, { ...req.query }, 'query');
}

function parse<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query'): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new RequestValidationError(where, result.error);
  return result.data;
}

/** A body that must be absent or `{}`: routes without input still refuse stray fields. */
export const EmptyBody = z.object({}).strict();

/**
 * JSON body parser mounted per router, so each part of the API carries its own size limit
 * (/files/prescan needs more than the 1 MB the auth and org routes allow).
 */
export function jsonBody(limit: string | number = '1mb'): RequestHandler {
  return express.json({ limit, strict: true, type: ['application/json', 'application/*+json'] });
}

/** Bounded strings for schemas: every string field gets a maximum length. */
export const str = (max: number) => z.string().max(max);
