"""Word lists and small generators for the demo database: names, phones, credit codes, addresses.

Kept apart from `demo_seed` so the seeding logic reads as a story and the vocabulary can grow
without touching it. Everything takes an explicit `random.Random`, never the global one, so a seed
always gives the same database. All enterprises, schools and people are fictional.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import accumulate

from jilin_apprentice.domain.enums import Hazard
from jilin_apprentice.domain.validators import org_code_check_char, uscc_check_char


def _words(text: str) -> list[str]:
    """Space-separated word lists read better than list literals of short Chinese strings."""
    return text.split()


# Han surnames with rough weights for north-east China (王李张刘 dominate; 于 孙 赵 姜 more common
# than nationally); 关 佟 are frequent Manchu surnames in Jilin.
_SURNAMES = (
    "王73 李72 张69 刘54 陈30 杨31 赵30 黄15 周17 吴15 徐13 孙20 马11 朱11 胡11 郭11 何8 林9 "
    "高11 罗6 于12 宋8 郑8 梁7 韩8 唐6 冯6 董7 曹6 许6 邓4 付6 曲4 姜8 金5 崔5 朴2 关4 佟2 吕5 "
    "田6 袁5 孟6 范5 谷3 隋2 白5 齐4 鲁3 石5 侯4 常4 丁5 邹3 潘3 秦3 邵3 贾5 夏3 段3 任5 魏6"
)
# Korean-Chinese (朝鲜族) surnames in 延边, roughly by frequency.
_KOREAN_SURNAMES = (
    "金21 李15 朴14 崔8 郑5 姜4 张3 韩3 尹3 吴2 安2 申2 全2 许2 赵2 林1 南1 玄1 方1 俞1"
)

_MALE_CHARS = "浩宇轩子博文俊杰涛明鑫磊鹏泽晨然昊睿航阳凯伟强嘉天思一铭煜梓皓宁洋硕帅毅旭辰诚恒亮志"
_FEMALE_CHARS = "欣怡梓涵佳雨诗琪萱梦婷雪晴悦妍馨可瑶静丽娜颖璐彤菲蕊嘉思语雅晶月芳敏慧心若"
_ELDER_MALE = "建国军伟强明华勇斌刚峰海东林志春立新宏平成福永"
_ELDER_FEMALE = "丽红梅艳玲霞敏静芳英秀华燕娟萍丹琳春凤玉"
_GRAND_MALE = "德福贵有才山文成喜庆富"
_GRAND_FEMALE = "桂玉淑凤兰珍秀翠荣"

_MOBILE_PREFIXES = _words(
    "130 131 132 133 135 136 137 138 139 150 151 152 155 156 157 158 159 166 176 177 178 "
    "180 181 182 183 185 186 187 188 189 198 199"
)

_ROADS = _words(
    "建设街 民主路 新华路 长江路 黄河路 兴业街 幸福路 光明路 工业路 友谊路 开发大街 胜利路 "
    "和平街 团结路"
)
_VILLAGES = _words("前进村 新立村 永安村 太平村 双山村 东兴村 红光村 靠山屯 榆树屯 三家子村")

BRANDS = _words(
    "恒达 华瑞 鑫源 长兴 瑞丰 宏泰 天成 博远 金鼎 北方 松江 鸿运 东盛 中环 远航 腾飞 卓越 "
    "启明 嘉禾 盛世 万通 瀚海 新元 正阳 华光 利民 安泰 永信 开元 辰星 龙腾 泰和 汇丰源 "
    "金桥 林海 雪原 白桦 长白 松原 鹤鸣 青禾 丰泽 弘毅 奥祥 信诚 润通 盛达 亚联 德润 "
    "凯旋 银河 星辰 天宇 聚源 海川"
)


@dataclass(frozen=True)
class IndustryText:
    """How enterprises of one industry are named and which posts they offer."""

    suffixes: tuple[str, ...]  # name endings, legal form included
    posts: tuple[str, ...]  # ordinary posts
    risky_posts: tuple[tuple[str, Hazard], ...]  # posts with a R-PROH-2 hazard
    category: str  # 专业大类 of posts when no catalogue major serves the industry


def _t(
    suffixes: str, posts: str, risky: tuple[tuple[str, Hazard], ...], category: str
) -> IndustryText:
    return IndustryText(tuple(_words(suffixes)), tuple(_words(posts)), risky, category)


H = Hazard
INDUSTRY_TEXT: dict[str, IndustryText] = {
    "auto": _t(
        "汽车零部件有限公司 汽车销售服务有限公司 汽车维修有限公司 汽车部件股份有限公司",
        "汽车维修工 汽车装配工 质检员 汽车钣金工 售后服务顾问 总装线辅助",
        (("汽车涂装工", H.TOXIC),),
        "交通运输大类",
    ),
    "petrochemical": _t(
        "石化科技有限公司 精细化工有限公司 化工股份有限公司",
        "化工总控工 化验员 设备巡检员 仓储管理员",
        (
            ("装置操作工（高温高压）", H.FLAMMABLE_EXPLOSIVE),
            ("储运罐区操作工", H.FLAMMABLE_EXPLOSIVE),
        ),
        "生物与化工大类",
    ),
    "agri_food": _t(
        "食品有限公司 粮油有限公司 乳业有限公司 农业科技有限公司",
        "食品检验员 生产线操作工 农艺技术员 包装工 品控员",
        (("锅炉工", H.FLAMMABLE_EXPLOSIVE),),
        "食品药品与粮食大类",
    ),
    "rail_equipment": _t(
        "轨道车辆配件有限公司 轨道交通装备有限公司",
        "车辆检修工 电气装调工 转向架装配工 质检员",
        (("车顶检修工", H.HEIGHT),),
        "交通运输大类",
    ),
    "biomedicine": _t(
        "药业有限公司 生物制药股份有限公司 医药有限公司",
        "药物制剂工 药品检验员 药房调剂员 GMP文员",
        (("原料药合成工", H.TOXIC),),
        "医药卫生大类",
    ),
    "electronics_ic": _t(
        "电子科技有限公司 电子股份有限公司 微电子有限公司",
        "电子装配工 SMT操作员 电子产品检验员 设备维护员",
        (("电镀工", H.TOXIC),),
        "电子与信息大类",
    ),
    "optoelectronics": _t(
        "光电科技有限公司 光电子股份有限公司",
        "光电器件装调工 光学检测员 生产助理",
        (("镀膜工", H.TOXIC),),
        "电子与信息大类",
    ),
    "tourism": _t(
        "旅游开发有限公司 旅行社有限公司 景区管理有限公司",
        "导游助理 景区服务员 票务员 游客中心接待",
        (),
        "旅游大类",
    ),
    "remote_sensing": _t(
        "卫星技术有限公司 遥感信息有限公司",
        "遥感数据处理员 地理信息采集员 测试助理",
        (),
        "电子与信息大类",
    ),
    "aerospace": _t(
        "航空科技有限公司 航天装备有限公司",
        "航空器部件装配工 检测助理 仓储管理员",
        (("高空装配工", H.HEIGHT),),
        "装备制造大类",
    ),
    "computing": _t(
        "软件有限公司 网络科技有限公司 信息技术有限公司",
        "软件测试员 运维助理 网络管理员 技术支持",
        (),
        "电子与信息大类",
    ),
    "big_data": _t(
        "数据科技有限公司 大数据服务有限公司",
        "数据标注员 数据采集员 机房运维员",
        (),
        "电子与信息大类",
    ),
    "new_energy": _t(
        "新能源科技有限公司 光伏电力有限公司 风电有限公司",
        "光伏运维员 电站值班员 设备巡检员",
        (("风机塔筒检修工", H.HEIGHT),),
        "能源动力与材料大类",
    ),
    "new_materials": _t(
        "新材料有限公司 碳纤维股份有限公司",
        "材料检测员 生产操作工 仓储管理员",
        (("熔炼工", H.FLAMMABLE_EXPLOSIVE),),
        "能源动力与材料大类",
    ),
    "info_services": _t(
        "信息服务有限公司 呼叫中心有限公司", "客服专员 信息录入员 运营助理", (), "电子与信息大类"
    ),
    "finance_services": _t(
        "金融服务外包有限公司 财务咨询有限公司", "票据录入员 客服专员 出纳助理", (), "财经商贸大类"
    ),
    "tech_services": _t(
        "科技服务有限公司 检测技术有限公司", "检测助理 技术文员 设备调试员", (), "装备制造大类"
    ),
    "ecommerce": _t(
        "电子商务有限公司 网络营销有限公司",
        "网店运营助理 直播助理 客服专员 美工助理",
        (),
        "财经商贸大类",
    ),
    "new_energy_equipment": _t(
        "风电装备有限公司 新能源装备制造有限公司",
        "装配钳工 电气装调工 质检员",
        (("叶片高空维护工", H.HEIGHT),),
        "装备制造大类",
    ),
    "advanced_manufacturing": _t(
        "智能装备有限公司 机械制造有限公司 机电设备有限公司",
        "数控车工 机电设备维修工 装配钳工 PLC调试员",
        (("电焊工", H.OTHER_HIGH_RISK),),
        "装备制造大类",
    ),
    "cybersecurity": _t(
        "网络安全技术有限公司 信息安全有限公司",
        "安全运维助理 网络管理员 测评助理",
        (),
        "电子与信息大类",
    ),
    "hospitality": _t(
        "酒店管理有限公司 餐饮管理有限公司 大酒店有限公司",
        "前厅接待 客房服务员 中餐厨师助理 面点师助理 餐厅服务员",
        (),
        "旅游大类",
    ),
    "retail": _t(
        "商贸有限公司 超市有限公司 百货有限公司", "收银员 理货员 导购 门店助理", (), "财经商贸大类"
    ),
    "logistics": _t(
        "物流有限公司 供应链管理有限公司 仓储有限公司",
        "仓储管理员 物流单证员 分拣员 配送调度",
        (("高位叉车司机", H.HEIGHT),),
        "财经商贸大类",
    ),
    "healthcare": _t(
        "医院 康复医院 护理院 养老服务中心",
        "护理员 护士助理 导诊 药房助理",
        (("放射科辅助", H.RADIOACTIVE),),
        "医药卫生大类",
    ),
    "construction": _t(
        "建筑工程有限公司 建设集团有限公司 建筑安装有限公司",
        "施工员助理 资料员 测量员 材料员",
        (("架子工", H.HEIGHT), ("爆破辅助工", H.FLAMMABLE_EXPLOSIVE)),
        "土木建筑大类",
    ),
    "other": _t(
        "人力资源服务有限公司 物业管理有限公司 综合服务有限公司",
        "行政助理 保安员 保洁主管助理",
        (("井下辅助工", H.UNDERGROUND),),
        "公共管理与服务大类",
    ),
}

CITY_SHORT = {
    "长春市": "长春",
    "吉林市": "吉林",
    "四平市": "四平",
    "辽源市": "辽源",
    "通化市": "通化",
    "白山市": "白山",
    "松原市": "松原",
    "白城市": "白城",
    "延边朝鲜族自治州": "延边",
    "长白山保护开发区": "长白山",
}

MENTOR_TITLES = _words("车间主任 技术主管 班组长 高级技师 工程师 部门经理 护士长 店长 项目经理")
TEACHER_TITLES = _words("讲师 高级讲师 实习指导教师 一级实习指导教师 专业部主任")
TERMINATION_REASONS = (
    "学生因病申请终止实习，监护人同意",
    "实习单位经营调整，岗位取消",
    "学生转入升学班，经学校批准终止",
)


class Weighted:
    """Cumulative-weight picker for "字weight" lists (faster than `choices` with weights)."""

    def __init__(self, spec: str) -> None:
        items = [(tok[0], int(tok[1:])) for tok in spec.split()]
        self.values = [v for v, _ in items]
        self.cum = list(accumulate(w for _, w in items))

    def pick(self, rng: random.Random) -> str:
        return rng.choices(self.values, cum_weights=self.cum)[0]


HAN_SURNAMES = Weighted(_SURNAMES)
KOREAN_SURNAMES = Weighted(_KOREAN_SURNAMES)


def given_name(rng: random.Random, sex: str) -> str:
    """One or two characters; about 70 % of young people have two-character given names."""
    pool = _MALE_CHARS if sex == "M" else _FEMALE_CHARS
    if rng.random() < 0.7:
        return rng.choice(pool) + rng.choice(pool)
    return rng.choice(pool)


def student_name(rng: random.Random, sex: str, *, korean: bool) -> str:
    surname = (KOREAN_SURNAMES if korean else HAN_SURNAMES).pick(rng)
    return surname + given_name(rng, sex)


def elder_name(rng: random.Random, sex: str, surname: str | None, *, grand: bool = False) -> str:
    """A parent's or grandparent's name; fathers and paternal grandparents keep the surname."""
    family = surname or HAN_SURNAMES.pick(rng)
    if grand:
        pool = _GRAND_MALE if sex == "M" else _GRAND_FEMALE
    else:
        pool = _ELDER_MALE if sex == "M" else _ELDER_FEMALE
    given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.6 else "")
    return family + given


def any_name(rng: random.Random) -> str:
    """An adult of either sex (mentors, teachers, legal representatives)."""
    sex = "M" if rng.random() < 0.55 else "F"
    return elder_name(rng, sex, None)


def mobile(rng: random.Random) -> str:
    """A mainland mobile number matching ^1[3-9]\\d{9}$ (R-PHONE-2)."""
    return rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"


_USCC_BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def credit_code(rng: random.Random, *, kind: str, area: str) -> str:
    """A GB 32100 code with a valid GB 11714 part and MOD 31 check (R-USCC-2, R-USCC-3).

    `kind` is positions 1-2, e.g. "91" (企业, 市场监管) or "12" (事业单位, 机构编制). Post-2015
    enterprises get organisation codes starting "MA", as real new registrations do.
    """
    if kind.startswith("9"):
        org = "MA" + "".join(rng.choice(_USCC_BODY) for _ in range(6))
    else:
        org = "".join(rng.choice("0123456789") for _ in range(8))
    body = kind + area + org + org_code_check_char(org)
    return body + uscc_check_char(body)


def street_address(rng: random.Random, full_area: str, *, rural: bool = False) -> str:
    if rural:
        village = rng.choice(_VILLAGES)
        return f"吉林省{full_area}{village}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    return f"吉林省{full_area}{rng.choice(_ROADS)}{rng.randint(1, 2999)}号"


def enterprise_name(rng: random.Random, industry: str, city: str) -> str:
    text = INDUSTRY_TEXT[industry]
    prefix = CITY_SHORT.get(city, "吉林省")
    return prefix + rng.choice(BRANDS) + rng.choice(text.suffixes)
