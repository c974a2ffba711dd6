/* Generated from catalog-schema/api by `npm run gen:api`. Do not edit: change the route modules instead. */
export interface paths {
    "/api/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search datasets in English, 繁體 or 简体, with filters and facets
         * @description `q` matches titles, descriptions, keywords and publishers in any script (at most 24 terms). Each facet's counts ignore its own filter.
         */
        get: operations["searchDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{id}.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dataset as DCAT-AP 3.0.1 JSON-LD */
        get: operations["dcatDatasetJsonLd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{id}.ttl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dataset as DCAT-AP 3.0.1 Turtle */
        get: operations["dcatDatasetTurtle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dataset record */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counterparts of a dataset: the other city first, then its own, each with a score and its reasons
         * @description Answered from what the counterpart engine stored after the last harvest. Near-identical records are one item (its `members`). An existing dataset never fails: an empty list carries `empty` when it is empty on purpose.
         */
        get: operations["relatedDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/twins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The strongest Hong Kong ⇄ Shanghai pairs for a smart-city area or a topic
         * @description A topic (`q`, any script) is matched through the same concepts and terms as the counterparts; both datasets of a pair must name it. A pair of near-duplicate groups is listed once.
         */
        get: operations["twinPairs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A preview of one of the dataset's resources: a table, or GeoJSON in WGS84 */
        get: operations["previewResource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{id}/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add or remove a smart-city area on a dataset (kept across re-harvests) */
        post: operations["setDatasetArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The four HSODC smart-city areas with labels and counts */
        get: operations["listAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts per city, source and area; the last harvest per source */
        get: operations["catalogueStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Curated collections */
        get: operations["listCollections"];
        put?: never;
        /** Create a collection */
        post: operations["createCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One collection (with its ETag) */
        get: operations["getCollection"];
        /** Replace a collection (needs If-Match) */
        put: operations["replaceCollection"];
        post?: never;
        /** Delete a collection (needs If-Match) */
        delete: operations["deleteCollection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collections/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A collection as JSON, CSV or Markdown (a download) */
        get: operations["exportCollection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log of curation changes and refused attempts (needs a curator token) */
        get: operations["auditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/action/package_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CKAN: Every dataset name */
        get: operations["ckanPackageList"];
        put?: never;
        /** CKAN: Every dataset name (JSON body, as CKAN clients send) */
        post: operations["ckanPackageListPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/action/package_show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CKAN: One dataset by id or name */
        get: operations["ckanPackageShow"];
        put?: never;
        /** CKAN: One dataset by id or name (JSON body, as CKAN clients send) */
        post: operations["ckanPackageShowPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/action/package_search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CKAN: Search (q, fq on groups, organization, res_format, city, source, access; rows ≤ 1000, start, sort) */
        get: operations["ckanPackageSearch"];
        put?: never;
        /** CKAN: Search (q, fq on groups, organization, res_format, city, source, access; rows ≤ 1000, start, sort) (JSON body, as CKAN clients send) */
        post: operations["ckanPackageSearchPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/action/group_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CKAN: The smart-city areas as groups */
        get: operations["ckanGroupList"];
        put?: never;
        /** CKAN: The smart-city areas as groups (JSON body, as CKAN clients send) */
        post: operations["ckanGroupListPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DCAT-AP 3.0.1 catalogue page: JSON-LD, or Turtle for Accept: text/turtle */
        get: operations["dcatCatalogNegotiated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalog.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DCAT-AP 3.0.1 catalogue page as JSON-LD (100 datasets a page, Hydra paging) */
        get: operations["dcatCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalog.ttl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DCAT-AP 3.0.1 catalogue page as Turtle (100 datasets a page, Hydra paging) */
        get: operations["dcatCatalogTurtle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/recent.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Atom feed of the 50 most recently changed datasets, optionally of one area */
        get: operations["recentFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document */
        get: operations["openApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The documentation page (Swagger UI, served offline) */
        get: operations["apiDocsPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/assets/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The documentation page's script, styles and icon */
        get: operations["apiDocsAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * DatasetRecord
         * @description One dataset of any portal, in the Atlas's unified shape. The single source of truth: types are generated from this file and every record is validated against it before it is written.
         */
        Dataset: {
            /** @description `<source>:<sourceId>`, stable across harvests. */
            id: string;
            /**
             * @description The portal this record was harvested from (datagovhk, csdi, datash, or another configured site).
             * @example datagovhk
             * @example csdi
             * @example datash
             */
            source: string;
            /** @description The portal's own id: CKAN `name`, CSDI dataset id, Shanghai 数据集ID. */
            sourceId: string;
            /** @enum {unknown} */
            city: "hong-kong" | "shanghai";
            title: components["schemas"]["LocalizedText"];
            description?: components["schemas"]["LocalizedText"];
            publisher: {
                id: string;
                name: components["schemas"]["LocalizedText"];
            };
            /** @description The portal's own classification (HK category slug, Shanghai 数据领域, CSDI keyword). */
            categories: {
                scheme: string;
                id: string;
                label: components["schemas"]["LocalizedText"];
            }[];
            /** @description HSODC smart-city areas; empty when none fits. */
            areas: components["schemas"]["AreaId"][];
            /** @description Why each area was added or removed: the id of the rule that fired, in the order rules ran. */
            areaReasons?: {
                area: components["schemas"]["AreaId"];
                /** @enum {unknown} */
                effect: "add" | "remove";
                rule: string;
            }[];
            keywords: string[];
            resources: {
                name: string;
                /** Format: uri */
                url: string;
                /** @description Upper-case format code: CSV, GEOJSON, WFS, ...; UNKNOWN when the portal gives none. */
                format: string;
                isApi: boolean;
                language?: components["schemas"]["Language"];
                description?: string;
                temporal?: components["schemas"]["Temporal"];
                modified?: components["schemas"]["DateOrDateTime"];
                extras?: components["schemas"]["Extras"];
            }[];
            spatial: {
                bbox?: components["schemas"]["BBox"];
                place?: string;
            };
            temporal: components["schemas"]["Temporal"];
            updateFrequency: {
                raw: string;
                /** @enum {unknown} */
                normalized: "realtime" | "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "irregular" | "static" | "unknown";
            };
            issued?: components["schemas"]["DateOrDateTime"];
            modified?: components["schemas"]["DateOrDateTime"];
            /** @enum {unknown} */
            access: "open" | "conditional";
            /** Format: uri */
            landingPage: string;
            links: {
                rel: string;
                id: string;
            }[];
            license: components["schemas"]["License"];
            extras?: components["schemas"]["Extras"];
        };
        /** @description The terms the data is published under: the portal's licence when it names one, else the portal's own terms of use. */
        License: {
            id: string;
            title: components["schemas"]["LocalizedText"];
            /** Format: uri */
            url: string;
        };
        /** @description Portal-specific values kept under the portal's own field names (e.g. 数据资源类型, 开放条件, data_dictionary; a resource's schema or datePublished). */
        Extras: {
            [key: string]: string | number | boolean;
        };
        /** @enum {unknown} */
        AreaId: "mobility" | "living" | "environment" | "economy";
        /** @enum {unknown} */
        Language: "en" | "zh-Hant" | "zh-Hans";
        /** @description Text in the languages the portal gives; at least one; never machine-translated. */
        LocalizedText: {
            en?: string;
            "zh-Hant"?: string;
            "zh-Hans"?: string;
        };
        /** @description ISO 8601: a date, or a date-time with an offset or Z. */
        DateOrDateTime: string;
        Temporal: {
            start?: components["schemas"]["DateOrDateTime"];
            end?: components["schemas"]["DateOrDateTime"];
        };
        /** @description [minLon, minLat, maxLon, maxLat] in WGS84. */
        BBox: [
            number,
            number,
            number,
            number
        ];
        /** @description A dataset for lists: enough to show, open and map it (GET /api/datasets/{id} has the record) */
        CompactDataset: {
            id: string;
            source: string;
            /** @enum {unknown} */
            city: "hong-kong" | "shanghai";
            title: components["schemas"]["LocalizedText"];
            publisher: {
                id: string;
                name: components["schemas"]["LocalizedText"];
            };
            areas: components["schemas"]["AreaId"][];
            updateFrequency: {
                raw: string;
                normalized: string;
            };
            spatial: {
                bbox?: components["schemas"]["BBox"];
                place?: string;
            };
            landingPage: string;
        };
        /** @description Why two datasets are counterparts, typed by `kind`; labels in en, zh-Hant and zh-Hans so a client words them in any */
        CounterpartReason: {
            /** @constant */
            kind: "concept";
            concept: string;
            label: {
                en: string;
                "zh-Hant": string;
                "zh-Hans": string;
            };
        } | {
            /** @constant */
            kind: "area";
            areas: components["schemas"]["AreaId"][];
        } | {
            /** @constant */
            kind: "category";
            label: components["schemas"]["LocalizedText"];
        } | {
            /** @constant */
            kind: "kind";
            value: string;
            label: {
                en: string;
                "zh-Hant": string;
                "zh-Hans": string;
            };
        } | {
            /** @constant */
            kind: "frequency";
            value: string;
        } | {
            /** @constant */
            kind: "geography";
            value: string;
            label: {
                en: string;
                "zh-Hant": string;
                "zh-Hans": string;
            };
        } | {
            /** @constant */
            kind: "sameAs";
            members: string[];
        } | {
            /** @constant */
            kind: "duplicateOf";
            members: string[];
        };
        Error: {
            error: {
                /**
                 * @description Stable, for programs
                 * @example invalid_parameter
                 */
                code: string;
                /**
                 * @description For people; may change
                 * @example page: must be >= 1
                 */
                message: string;
            };
        };
        /** @description CKAN's error envelope */
        CkanError: {
            /** Format: uri */
            help: string;
            /** @constant */
            success: false;
            error: {
                /**
                 * @example Not Found Error
                 * @example Validation Error
                 */
                __type: string;
                message: string;
            };
        };
        FacetValue: {
            value: string;
            count: number;
            label?: components["schemas"]["LocalizedText"];
        };
        SearchResult: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["Dataset"][];
            /** @description Counts per value; each facet ignores its own filter */
            facets: {
                city: components["schemas"]["FacetValue"][];
                area: components["schemas"]["FacetValue"][];
                source: components["schemas"]["FacetValue"][];
                format: components["schemas"]["FacetValue"][];
                publisher: components["schemas"]["FacetValue"][];
                access: components["schemas"]["FacetValue"][];
            };
        };
        PreviewColumn: {
            name: string;
            /** @enum {unknown} */
            type: "integer" | "number" | "date" | "boolean" | "string" | "empty";
            nonEmpty: number;
            distinct: number;
            min?: number | string;
            max?: number | string;
            mean?: number;
            top?: {
                value: string;
                count: number;
            }[];
        };
        TablePreview: {
            /** @constant */
            kind: "table";
            columns: components["schemas"]["PreviewColumn"][];
            rows: string[][];
            truncated: boolean;
            /** @description The text encoding the resource was decoded from */
            encoding?: string;
            /** @description The index of the previewed resource */
            resource: number;
            format: string;
        };
        GeoJsonPreview: {
            /** @constant */
            kind: "geojson";
            /** @description A GeoJSON FeatureCollection in WGS84 */
            data: {
                /** @constant */
                type: "FeatureCollection";
                features: Record<string, never>[];
            };
            bbox: components["schemas"]["BBox"];
            truncated: boolean;
            /**
             * @description The coordinates as the resource gave them
             * @enum {unknown}
             */
            sourceCrs: "WGS84" | "EPSG:2326" | "GCJ-02" | "BD-09";
            featureCount: number;
            resource: number;
            format: string;
        };
        CollectionTitle: {
            en?: string;
            "zh-Hant"?: string;
            "zh-Hans"?: string;
        };
        CollectionInput: {
            /** @description Required when creating */
            id?: string;
            title: components["schemas"]["CollectionTitle"];
            description?: string;
            area?: components["schemas"]["AreaId"];
            items: {
                datasetId: string;
                note?: string;
                position?: number;
            }[];
        };
        Collection: {
            id: string;
            title: components["schemas"]["CollectionTitle"];
            description: string;
            area?: components["schemas"]["AreaId"];
            items: {
                datasetId: string;
                note: string;
                position: number;
            }[];
            version: number;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    searchDatasets: {
        parameters: {
            query?: {
                /** @example 巴士 */
                q?: string;
                /** @description Comma-separated or repeated; any of the values matches */
                city?: ("hong-kong" | "shanghai")[];
                /** @description Comma-separated or repeated; any of the values matches */
                area?: components["schemas"]["AreaId"][];
                /** @description Comma-separated or repeated; any of the values matches */
                source?: string[];
                /** @description Comma-separated or repeated; any of the values matches */
                format?: string[];
                /** @description Comma-separated or repeated; any of the values matches */
                publisher?: string[];
                /** @description Comma-separated or repeated; any of the values matches */
                access?: ("open" | "conditional")[];
                /** @description minLon,minLat,maxLon,maxLat (WGS84) */
                bbox?: components["schemas"]["BBox"];
                bboxRelation?: "intersects" | "within";
                /** @description ISO 8601 date or date-time; datasets modified at or after it */
                modifiedSince?: string;
                sort?: "relevance" | "modified" | "title";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of matching datasets with facet counts */
            200: {
                headers: {
                    /** @description The representation version; send it back in If-None-Match (or If-Match to edit) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid (the message names it), or `q` has too many terms */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_parameter",
                     *         "message": "pageSize: must be <= 100"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dcatDatasetJsonLd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Dataset id, `<source>:<sourceId>`
                 * @example datagovhk:hk-td-tis_5-traffic-speed-map
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset, its publisher, distributions and licence, and the vocabulary terms it uses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": unknown;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No dataset has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "dataset datagovhk:nope does not exist"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dcatDatasetTurtle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Dataset id, `<source>:<sourceId>`
                 * @example datagovhk:hk-td-tis_5-traffic-speed-map
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset, its publisher, distributions and licence, and the vocabulary terms it uses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/turtle": unknown;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No dataset has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "dataset datagovhk:nope does not exist"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Dataset id, `<source>:<sourceId>`
                 * @example datagovhk:hk-td-tis_5-traffic-speed-map
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    /** @description The record's `modified` */
                    "Last-Modified"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No dataset has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "dataset datagovhk:nope does not exist"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    relatedDatasets: {
        parameters: {
            query?: {
                /** @description Only counterparts in this city */
                city?: "hong-kong" | "shanghai";
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Dataset id, `<source>:<sourceId>`
                 * @example datagovhk:hk-td-tis_5-traffic-speed-map
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counterparts, other city first, best first within each city */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        items: {
                            dataset: components["schemas"]["CompactDataset"];
                            score: number;
                            reasons: components["schemas"]["CounterpartReason"][];
                            /** @description Near-identical records shown through this one */
                            members: string[];
                        }[];
                        /** @description Why the list is empty on purpose */
                        empty?: {
                            /** @enum {unknown} */
                            code: "no_text" | "not_computed";
                            message: string;
                        };
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No dataset has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "dataset datash:nope does not exist"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    twinPairs: {
        parameters: {
            query?: {
                area?: components["schemas"]["AreaId"];
                /** @example bus */
                q?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pairs, strongest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            hongKong: components["schemas"]["CompactDataset"];
                            shanghai: components["schemas"]["CompactDataset"];
                            score: number;
                            reasons: components["schemas"]["CounterpartReason"][];
                        }[];
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewResource: {
        parameters: {
            query?: {
                /** @description Resource index (0-based); the best previewable one when absent */
                resource?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Dataset id, `<source>:<sourceId>`
                 * @example datagovhk:hk-td-tis_5-traffic-speed-map
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preview */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TablePreview"] | components["schemas"]["GeoJsonPreview"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid, or the dataset has no resource with this index */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource's address is not one previews may fetch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No dataset has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource cannot be previewed (format, encoding, size) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource's server failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource's server was too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setDatasetArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Dataset id, `<source>:<sourceId>`
                 * @example datagovhk:hk-td-tis_5-traffic-speed-map
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "area": "mobility",
                 *       "effect": "add",
                 *       "note": "bus stops"
                 *     }
                 */
                "application/json": {
                    area: components["schemas"]["AreaId"];
                    /** @enum {unknown} */
                    effect: "add" | "remove";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The record with the override applied */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description The body is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No `Authorization: Bearer <token>` header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token is not a curator's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No dataset has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 100 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAreas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The areas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: components["schemas"]["AreaId"];
                            label: components["schemas"]["LocalizedText"];
                            scope: string;
                            count: number;
                        }[];
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    catalogueStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        datasets: number;
                        byCity: {
                            [key: string]: number;
                        };
                        bySource: {
                            [key: string]: number;
                        };
                        byArea: {
                            [key: string]: number;
                        };
                        /** @description Per source: its last harvest run, or null */
                        lastHarvest: {
                            [key: string]: null | {
                                /** @enum {unknown} */
                                status: "running" | "succeeded" | "failed";
                                mode: string;
                                startedAt: string;
                                finishedAt: string | null;
                                /** @description The run's summary, as the harvester recorded it */
                                result: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCollections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every collection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Collection"][];
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCollection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "bus-punctuality",
                 *       "title": {
                 *         "en": "Bus punctuality",
                 *         "zh-Hans": "公交准点"
                 *       },
                 *       "items": [
                 *         {
                 *           "datasetId": "datagovhk:kmb-bus-eta",
                 *           "note": "arrival times"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CollectionInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The representation version; send it back in If-None-Match (or If-Match to edit) */
                    ETag?: string;
                    /** @description The new collection */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Collection"];
                };
            };
            /** @description The body is invalid, has no id, or names unknown datasets */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No `Authorization: Bearer <token>` header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token is not a curator's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A collection has this id already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 100 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection id
                 * @example bus-punctuality
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection */
            200: {
                headers: {
                    /** @description The representation version; send it back in If-None-Match (or If-Match to edit) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Collection"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No collection has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replaceCollection: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you last read */
                "If-Match": string;
            };
            path: {
                /**
                 * @description Collection id
                 * @example bus-punctuality
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CollectionInput"];
            };
        };
        responses: {
            /** @description The new version */
            200: {
                headers: {
                    /** @description The representation version; send it back in If-None-Match (or If-Match to edit) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Collection"];
                };
            };
            /** @description The body is invalid or names unknown datasets */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No `Authorization: Bearer <token>` header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token is not a curator's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No collection has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is not the collection's current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "If-Match does not match the collection's ETag"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 100 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "send If-Match with the ETag you last read"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCollection: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you last read */
                "If-Match": string;
            };
            path: {
                /**
                 * @description Collection id
                 * @example bus-punctuality
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No `Authorization: Bearer <token>` header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token is not a curator's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No collection has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is not the collection's current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportCollection: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "md";
            };
            header?: never;
            path: {
                /**
                 * @description Collection id
                 * @example bus-punctuality
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename="<id>.<format>" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: components["schemas"]["CollectionTitle"];
                        description: string;
                        area?: components["schemas"]["AreaId"];
                        version: number;
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        items: {
                            position: number;
                            datasetId: string;
                            title: string;
                            city: string;
                            /** @description Semicolon-separated area ids */
                            areas: string;
                            landingPage: string;
                            note: string;
                        }[];
                    };
                    "text/csv": unknown;
                    "text/markdown": unknown;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No collection has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auditLog: {
        parameters: {
            query?: {
                /** @description A collection or dataset id (`collection:<id>`), or `<METHOD> <path>` of refused attempts */
                target?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entries, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /** Format: date-time */
                            at: string;
                            /** @description The curator; for a refusal without a good token `(no token)` or `unknown token sha256:<digest>` */
                            curator: string;
                            /** @description `collection.create`, `collection.update`, `collection.delete`, `area.add`, `area.remove` or `refused` */
                            action: string;
                            target: string;
                            /** @description The state before the change (null when created) */
                            before: unknown;
                            /** @description The state after the change (null when deleted); for a refusal `{status, code, message}` */
                            after: unknown;
                        }[];
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No `Authorization: Bearer <token>` header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token is not a curator's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ckanPackageList: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        help: string;
                        /** @constant */
                        success: true;
                        result: string[];
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The action name is not known */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description A parameter is invalid (Validation Error, Search Query Error) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
        };
    };
    ckanPackageListPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    limit?: number;
                    offset?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        help: string;
                        /** @constant */
                        success: true;
                        result: string[];
                    };
                };
            };
            /** @description The action name is not known */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description A parameter is invalid (Validation Error, Search Query Error) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description The body is larger than 100 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
        };
    };
    ckanPackageShow: {
        parameters: {
            query?: {
                id?: string;
                name_or_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        help: string;
                        /** @constant */
                        success: true;
                        result: Record<string, never>;
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The action name is not known */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description A parameter is invalid (Validation Error, Search Query Error) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
        };
    };
    ckanPackageShowPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: string;
                    name_or_id?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        help: string;
                        /** @constant */
                        success: true;
                        result: Record<string, never>;
                    };
                };
            };
            /** @description The action name is not known */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description A parameter is invalid (Validation Error, Search Query Error) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description The body is larger than 100 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
        };
    };
    ckanPackageSearch: {
        parameters: {
            query?: {
                q?: string;
                fq?: string;
                rows?: number;
                start?: number;
                /** @example metadata_modified desc */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        help: string;
                        /** @constant */
                        success: true;
                        result: {
                            count: number;
                            sort?: string;
                            results: Record<string, never>[];
                            facets?: Record<string, never>;
                            search_facets?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The action name is not known */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description A parameter is invalid (Validation Error, Search Query Error) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
        };
    };
    ckanPackageSearchPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    q?: string;
                    fq?: string;
                    rows?: number;
                    start?: number;
                    /** @example metadata_modified desc */
                    sort?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        help: string;
                        /** @constant */
                        success: true;
                        result: {
                            count: number;
                            sort?: string;
                            results: Record<string, never>[];
                            facets?: Record<string, never>;
                            search_facets?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description The action name is not known */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description A parameter is invalid (Validation Error, Search Query Error) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description The body is larger than 100 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
        };
    };
    ckanGroupList: {
        parameters: {
            query?: {
                all_fields?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        help: string;
                        /** @constant */
                        success: true;
                        result: (string | Record<string, never>)[];
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The action name is not known */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description A parameter is invalid (Validation Error, Search Query Error) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
        };
    };
    ckanGroupListPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    all_fields?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        help: string;
                        /** @constant */
                        success: true;
                        result: (string | Record<string, never>)[];
                    };
                };
            };
            /** @description The action name is not known */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description A parameter is invalid (Validation Error, Search Query Error) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description The body is larger than 100 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanError"];
                };
            };
        };
    };
    dcatCatalogNegotiated: {
        parameters: {
            query?: {
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of 100 datasets (a flat graph), with Hydra first/previous/next/last links */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": unknown;
                    "text/turtle": unknown;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The page is past the last one */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "page 90 of the catalogue does not exist"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Neither JSON-LD nor Turtle is acceptable */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_acceptable",
                     *         "message": "the catalogue is served as application/ld+json or text/turtle"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dcatCatalog: {
        parameters: {
            query?: {
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of 100 datasets (a flat graph), with Hydra first/previous/next/last links */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": unknown;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The page is past the last one */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "page 90 of the catalogue does not exist"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dcatCatalogTurtle: {
        parameters: {
            query?: {
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of 100 datasets (a flat graph), with Hydra first/previous/next/last links */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/turtle": unknown;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The page is past the last one */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "page 90 of the catalogue does not exist"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recentFeed: {
        parameters: {
            query?: {
                area?: components["schemas"]["AreaId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom 1.0 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": unknown;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    openApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        openapi: "3.1.0";
                        info: Record<string, never>;
                        paths: Record<string, never>;
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    apiDocsPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": unknown;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    apiDocsAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example swagger-ui-bundle.js */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The asset */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": unknown;
                    "text/css": unknown;
                    "image/png": unknown;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query string is malformed or names an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such asset */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Requests left in the window (IETF draft-7) */
                    RateLimit?: string;
                    /** @description The limit and its window */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
