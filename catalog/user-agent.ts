/** How the Atlas names itself to the servers it fetches from (harvests and previews). */
export const USER_AGENT = 'HK-SH-Open-Data-Atlas/0.1 (+https://github.com/hk-sh-open-data-atlas)';
