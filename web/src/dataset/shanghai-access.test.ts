import { makeRecord } from '../../../catalog-schema/testing';
import { shanghaiAccess } from './shanghai-access';

describe('how to get a Shanghai dataset', () => {
  it('reads the kind, openness, conditions and counts the portal gives', () => {
    const record = makeRecord({
      source: 'datash',
      sourceId: 'AQ1',
      access: 'conditional',
      landingPage: 'https://data.sh.gov.cn/view/detail/index.html?type=jk&id=AQ1',
      extras: {
        数据资源类型: '数据接口',
        开放条件: ' 签署协议 ',
        数据资源状态: '已发布',
        浏览量: 21,
        下载量: '3',
        接口调用量: 0,
      },
    });
    expect(shanghaiAccess(record)).toEqual({
      kind: 'interface',
      access: 'conditional',
      conditions: '签署协议',
      status: '已发布',
      views: 21,
      downloads: 3,
      apiCalls: 0,
      portalPage: 'https://data.sh.gov.cn/view/detail/index.html?type=jk&id=AQ1',
    });
  });

  it('leaves out what is not known, and says nothing for Hong Kong', () => {
    const record = makeRecord({
      source: 'datash',
      sourceId: 'AQ2',
      extras: { 数据资源类型: '数据产品', 浏览量: 'many' },
    });
    expect(shanghaiAccess(record)).toEqual({
      kind: 'product',
      access: 'open',
      portalPage: record.landingPage,
    });
    expect(shanghaiAccess(makeRecord({ source: 'datash', sourceId: 'AQ3' }))?.kind).toBeUndefined();
    expect(shanghaiAccess(makeRecord({ source: 'datagovhk', sourceId: 'x' }))).toBeUndefined();
  });
});
