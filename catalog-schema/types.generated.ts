/* Generated from dataset.schema.json by `npm run gen:types`. Do not edit: change the schema instead. */

/**
 * This interface was referenced by `DatasetRecord`'s JSON-Schema
 * via the `definition` "AreaId".
 */
export type AreaId = ("mobility" | "living" | "environment" | "economy")
/**
 * This interface was referenced by `DatasetRecord`'s JSON-Schema
 * via the `definition` "Language".
 */
export type Language = ("en" | "zh-Hant" | "zh-Hans")
/**
 * ISO 8601: a date, or a date-time with an offset or Z.
 * 
 * This interface was referenced by `DatasetRecord`'s JSON-Schema
 * via the `definition` "DateOrDateTime".
 */
export type DateOrDateTime = string
/**
 * [minLon, minLat, maxLon, maxLat] in WGS84.
 * 
 * @minItems 4
 * @maxItems 4
 * 
 * This interface was referenced by `DatasetRecord`'s JSON-Schema
 * via the `definition` "BBox".
 */
export type BBox = [number, number, number, number]

/**
 * One dataset of any portal, in the Atlas's unified shape. The single source of truth: types are generated from this file and every record is validated against it before it is written.
 */
export interface DatasetRecord {
/**
 * `<source>:<sourceId>`, stable across harvests.
 */
id: string
/**
 * The portal this record was harvested from (datagovhk, csdi, datash, or another configured site).
 */
source: string
/**
 * The portal's own id: CKAN `name`, CSDI dataset id, Shanghai 数据集ID.
 */
sourceId: string
city: ("hong-kong" | "shanghai")
title: LocalizedText
description?: LocalizedText
publisher: {
id: string
name: LocalizedText
}
/**
 * The portal's own classification (HK category slug, Shanghai 数据领域, CSDI keyword).
 */
categories: {
scheme: string
id: string
label: LocalizedText
}[]
/**
 * HSODC smart-city areas; empty when none fits.
 */
areas: AreaId[]
/**
 * Why each area was added or removed: the id of the rule that fired, in the order rules ran.
 */
areaReasons?: {
area: AreaId
effect: ("add" | "remove")
rule: string
}[]
keywords: string[]
resources: {
name: string
url: string
/**
 * Upper-case format code: CSV, GEOJSON, WFS, ...; UNKNOWN when the portal gives none.
 */
format: string
isApi: boolean
language?: Language
description?: string
temporal?: Temporal
modified?: DateOrDateTime
extras?: Extras
}[]
spatial: {
bbox?: BBox
place?: string
}
temporal: Temporal
updateFrequency: {
raw: string
normalized: ("realtime" | "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "irregular" | "static" | "unknown")
}
issued?: DateOrDateTime
modified?: DateOrDateTime
access: ("open" | "conditional")
landingPage: string
links: {
rel: string
id: string
}[]
license: License
extras?: Extras
}
/**
 * Text in the languages the portal gives; at least one; never machine-translated.
 * 
 * This interface was referenced by `DatasetRecord`'s JSON-Schema
 * via the `definition` "LocalizedText".
 */
export interface LocalizedText {
en?: string
"zh-Hant"?: string
"zh-Hans"?: string
}
/**
 * This interface was referenced by `DatasetRecord`'s JSON-Schema
 * via the `definition` "Temporal".
 */
export interface Temporal {
start?: DateOrDateTime
end?: DateOrDateTime
}
/**
 * Portal-specific values kept under the portal's own field names (e.g. 数据资源类型, 开放条件, data_dictionary; a resource's schema or datePublished).
 * 
 * This interface was referenced by `DatasetRecord`'s JSON-Schema
 * via the `definition` "Extras".
 */
export interface Extras {
[k: string]: string | number | boolean
}
/**
 * The terms the data is published under: the portal's licence when it names one, else the portal's own terms of use.
 * 
 * This interface was referenced by `DatasetRecord`'s JSON-Schema
 * via the `definition` "License".
 */
export interface License {
id: string
title: LocalizedText
url: string
}
