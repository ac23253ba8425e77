import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from "fastify";
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { ServerConfig } from "./config.js";
import { installAuthentication } from "./auth/principal.js";
import { ApiError, errorBody, errorBodySchema, errors } from "./errors.js";
import { apiRoutes } from "./routes/index.js";
import { createServices, type Dependencies, type Services } from "./services/index.js";
import { serveWebApp } from "./web.js";

declare module "fastify" {
  interface FastifyInstance {
    services: Services;
  }
}

/** Options for the app beyond its dependencies. */
export interface AppOptions {
  logger?: FastifyServerOptions["logger"];
  /** Services already built over the same dependencies (the CLI shares them with its job runner). */
  services?: Services;
}

/**
 * Builds the HTTP app: the API under `/api` (OpenAPI at `/api/openapi.json`), the public report pages
 * and the moderation screen (`routes/pages.ts`), the web app at `/`.
 * Routes are registered from `routes/index.ts`; each is a thin schema + handler calling a service.
 */
export async function buildApp(deps: Dependencies, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: deps.config.maxReportBytes + 64 * 1024,
    trustProxy: proxyTrust(deps.config.trustProxy),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate("services", options.services ?? createServices(deps));
  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error as FastifyError, deps.config.maxReportBytes);
    if (apiError.status >= 500) request.log.error({ err: error }, "request failed");
    return reply.status(apiError.status).send(errorBody(apiError));
  });
  let hasWebApp = false;
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    if (hasWebApp && request.method === "GET" && path !== "/api" && !path.startsWith("/api/"))
      return reply.sendFile("index.html");
    return reply.status(404).send(errorBody(errors.notFound(`${request.method} ${path}`)));
  });

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: deps.config.maxReportBytes, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Sitrep API",
        version: "0.1.0",
        description:
          "Conflict events coded from war reporting. Reading confirmed events needs no account; everything else needs an API token (Authorization: Bearer) or a session cookie with the x-csrf-token header. Every error answers with the catalogue's body: { error: { id, message, details? } }.",
      },
      security: [{ token: [] }, { session: [] }, {}],
      components: {
        securitySchemes: {
          token: { type: "http", scheme: "bearer", description: "An API token from POST /api/tokens" },
          session: {
            type: "apiKey",
            in: "cookie",
            name: "sitrep_session",
            description: "Unsafe methods also need the x-csrf-token header",
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    // Schemas with an id (the error body) become components the operations refer to.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(rateLimit, {
    global: false,
    // After the body is parsed, so the login's key can include the user name.
    hook: "preHandler",
    errorResponseBuilder: (_request, context) => errors.rateLimited(Math.ceil(context.ttl / 1000)),
  });
  installAuthentication(app, deps.store);
  // Every API route documents the catalogue's error body as its 4XX and 5XX answers.
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api") || !route.schema || route.schema.hide) return;
    route.schema.response = {
      "4xx": errorBodySchema,
      "5xx": errorBodySchema,
      ...(route.schema.response as Record<string, unknown> | undefined),
    };
  });
  await app.register(apiRoutes, { prefix: "/api" });
  // Loaded here, not with the package: CLI commands that only use the services skip the pages' modules.
  const { pageRoutes } = await import("./routes/pages.js");
  await app.register(pageRoutes);
  app.get("/api/openapi.json", { schema: { hide: true } }, () => app.swagger());
  hasWebApp = await serveWebApp(app, deps.config.webDir);
  return app;
}

/** The catalogue error for anything thrown in a route (used by the page routes' HTML error handler too). */
export function toApiError(error: FastifyError, maxReportBytes: number): ApiError {
  if (error instanceof ApiError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((issue) => ({
      path: issue.instancePath || "/",
      message: issue.message ?? "invalid",
    }));
    const where = error.validationContext ?? "request";
    return errors.invalidRequest(
      `Invalid ${where}: ${details.map((d) => `${d.path} ${d.message}`).join("; ")}`,
      details,
    );
  }
  if (error.code === "FST_REQ_FILE_TOO_LARGE" || error.code === "FST_ERR_CTP_BODY_TOO_LARGE")
    return errors.tooLarge(maxReportBytes);
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return errors.notText("unsupported content type");
  if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error.code === "FST_ERR_CTP_EMPTY_JSON_BODY")
    return errors.invalidRequest("The body is not valid JSON.");
  if (error.statusCode === 429) return errors.rateLimited(60);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return errors.invalidRequest("Bad request.");
  return errors.internal();
}

/** Fastify's form of the trusted-proxy setting: a number of hops becomes "trust the nearest N". */
function proxyTrust(
  setting: ServerConfig["trustProxy"],
): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof setting === "number" ? (_address, hop) => hop < setting : setting;
}
