import type { Config } from 'payload'

import { revalidateAfterChange, revalidateAfterDelete } from './hooks'
import { revalidateEndpoint } from './revalidateEndpoint'

/** The collections the public site shows. */
export const SITE_COLLECTIONS = ['articles', 'videos', 'cultural-projects', 'columns']

/**
 * The site's cache as a Payload plugin: revalidation hooks on the collections the site shows, and the
 * internal endpoint through which the worker expires the web server's cache (see revalidateClient.ts).
 */
export const siteCachePlugin =
  () =>
  (config: Config): Config => ({
    ...config,
    endpoints: [...(config.endpoints ?? []), revalidateEndpoint],
    collections: (config.collections ?? []).map((collection) =>
      SITE_COLLECTIONS.includes(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), revalidateAfterChange],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), revalidateAfterDelete],
            },
          }
        : collection,
    ),
  })
