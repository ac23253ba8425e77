import type { FastifyPluginCallbackZod } from "fastify-type-provider-zod";
import { accountRoutes } from "./accounts.js";
import { commentRoutes } from "./comments.js";
import { controlRoutes } from "./control.js";
import { eventRoutes, reviewRoutes } from "./events.js";
import { exportRoutes } from "./exports.js";
import { feedRoutes } from "./feeds.js";
import { healthRoutes } from "./health.js";
import { registryRoutes } from "./registries.js";
import { reportRoutes } from "./reports.js";

/** Every API route group, mounted under `/api`. Add a group here (one file per resource). */
export const apiRoutes: FastifyPluginCallbackZod = (app, _options, done) => {
  healthRoutes(app);
  accountRoutes(app);
  eventRoutes(app);
  reviewRoutes(app);
  reportRoutes(app);
  feedRoutes(app);
  exportRoutes(app);
  commentRoutes(app);
  controlRoutes(app);
  registryRoutes(app);
  done();
};
