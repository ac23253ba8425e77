import type { FastifyPluginCallbackZod } from "fastify-type-provider-zod";

/** The Fastify instance routes are declared on, typed by the zod provider. */
export type Api = Parameters<FastifyPluginCallbackZod>[0];
