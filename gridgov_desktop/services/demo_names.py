"""Vocabulary of the demo street: places, surnames, given names, compound names — all fictional.

Frequencies follow published surname statistics and the naming fashions of each generation, so that a
list of residents looks like a real northeast-Chinese street (Liaoning: many 满族, some 朝鲜族 near the
Korean border), and so that search features meet what they meet in real life: heteronym surnames
(单 Shàn, 曾 Zēng), compound surnames (欧阳, 万俟), characters outside the BMP (𠇔) and minority names
with the interpunct (阿卜杜拉·买买提).
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TypeVar

_T = TypeVar("_T")


@dataclass(frozen=True)
class Place:
    """An administrative area: its 6-digit code (the start of an ID number) and its full name."""

    code: str
    name: str  # "辽宁省丹东市振兴区"


@dataclass(frozen=True)
class CityProfile:
    """Where the demo street lies: its district, the rest of its city, and its landline format."""

    district: Place
    city_places: tuple[Place, ...]  # other districts of the same city (人户分离 within the city)
    landline_area: str  # "0415"
    landline_digits: int  # local number length: 7 in Dandong, 8 in Shenyang
    roads: tuple[str, ...]  # for the office's address


def words(text: str) -> tuple[str, ...]:
    """A vocabulary written as space-separated words, which keeps long lists readable."""
    return tuple(text.split())


def _places(text: str) -> tuple[Place, ...]:
    return tuple(Place(*line.split()) for line in text.strip().splitlines())


CITIES: tuple[CityProfile, ...] = (
    CityProfile(
        district=Place("210603", "辽宁省丹东市振兴区"),
        city_places=_places("""
            210602 辽宁省丹东市元宝区
            210604 辽宁省丹东市振安区
            210624 辽宁省丹东市宽甸满族自治县
            210681 辽宁省丹东市东港市
            210682 辽宁省丹东市凤城市
        """),
        landline_area="0415",
        landline_digits=7,
        roads=("锦山大街", "六纬路", "江城大街", "兴五路", "春三路"),
    ),
    CityProfile(
        district=Place("210102", "辽宁省沈阳市和平区"),
        city_places=_places("""
            210103 辽宁省沈阳市沈河区
            210104 辽宁省沈阳市大东区
            210105 辽宁省沈阳市皇姑区
            210106 辽宁省沈阳市铁西区
            210112 辽宁省沈阳市浑南区
            210114 辽宁省沈阳市于洪区
        """),
        landline_area="024",
        landline_digits=8,
        roads=("南京南街", "太原北街", "三好街", "中华路", "和平北大街"),
    ),
)

# The rest of the province: people who moved their registration to the city long ago.
PROVINCE_PLACES = _places("""
    210202 辽宁省大连市中山区
    210302 辽宁省鞍山市铁东区
    210402 辽宁省抚顺市新抚区
    210502 辽宁省本溪市平山区
    210702 辽宁省锦州市古塔区
    210802 辽宁省营口市站前区
    211002 辽宁省辽阳市白塔区
    211202 辽宁省铁岭市银州区
""")

# Where the floating population comes from, with weights: mostly the neighbouring provinces.
ORIGIN_PLACES: tuple[tuple[Place, int], ...] = tuple(
    (Place(code, name), int(weight))
    for code, name, weight in (
        line.split()
        for line in """
        220102 吉林省长春市南关区 12
        220202 吉林省吉林市昌邑区 8
        222401 吉林省延边朝鲜族自治州延吉市 4
        230102 黑龙江省哈尔滨市道里区 10
        230103 黑龙江省哈尔滨市南岗区 6
        230202 黑龙江省齐齐哈尔市龙沙区 5
        150102 内蒙古自治区呼和浩特市新城区 3
        150402 内蒙古自治区赤峰市红山区 5
        370102 山东省济南市历下区 4
        370202 山东省青岛市市南区 3
        130102 河北省石家庄市长安区 4
        410102 河南省郑州市中原区 4
        410302 河南省洛阳市老城区 2
        340102 安徽省合肥市瑶海区 2
        510104 四川省成都市锦江区 2
        140105 山西省太原市小店区 2
        610102 陕西省西安市新城区 1
    """.strip().splitlines()
    )
)
XINJIANG_PLACES = _places("""
    650102 新疆维吾尔自治区乌鲁木齐市天山区
    650104 新疆维吾尔自治区乌鲁木齐市新市区
    652801 新疆维吾尔自治区巴音郭楞蒙古自治州库尔勒市
    653101 新疆维吾尔自治区喀什地区喀什市
""")

STREET_NAMES = words(
    "东风街道 新华街道 胜利街道 民主街道 永安街道 站前街道 临江街道 友谊街道 光明街道 建设街道"
)
COMMUNITY_NAMES = words(
    "幸福 和平 新华 友谊 光明 团结 繁荣 春晖 锦江 福泽 映山 滨江 桃源 江城 兴隆 永宁 长青 振兴 "
    "东升 金山 福民 安居 桥南 花园"
)
# Compound names: a prefix and a suffix ("锦绣" + "花园"), plus the old work-unit compounds of a
# northeast industrial city, which keep the factory's name long after the factory closed.
COMPOUND_PREFIXES = words(
    "幸福 锦绣 阳光 和平 建设 康乐 富民 华府 翠湖 金桥 新城 枫林 盛世 怡景 碧水 丽都 祥和 瑞丰 "
    "东湖 江湾 明珠 御景 紫荆 梧桐 兴华 春城 锦华 绿洲 嘉禾 福星 泰和 海棠 学府 滨河 桂园 北苑"
)
COMPOUND_SUFFIXES = words("里小区 花园 新村 家园 小区 苑 公寓 名苑 嘉园 华庭 雅居")
WORK_UNIT_COMPOUNDS = words(
    "纺织厂宿舍 机床厂家属院 铁路宿舍 供电局宿舍 丝绸厂宿舍 造纸厂家属楼 化纤厂小区 仪表厂宿舍 "
    "邮电局宿舍 港务局家属院"
)

ETHNICITIES: tuple[tuple[str, float], ...] = (
    ("汉族", 84.6),
    ("满族", 10.0),
    ("朝鲜族", 1.6),
    ("回族", 1.5),
    ("蒙古族", 1.6),
    ("锡伯族", 0.4),
    ("维吾尔族", 0.3),
)

_SURNAME_WEIGHTS = """
王 712 李 700 张 674 刘 510 陈 461 杨 322 黄 245 赵 219 吴 183 周 172 徐 128 孙 138 马 129 朱 126 胡 116
郭 115 何 106 林 101 高 100 罗 95 郑 81 梁 79 谢 69 宋 62 唐 61 韩 59 冯 58 于 55 许 55 邓 54 曹 52 彭 52
曾 50 肖 50 田 49 董 48 潘 44 袁 44 蔡 40 蒋 40 余 39 杜 39 叶 39 程 38 魏 36 苏 35 吕 34 丁 33 任 33
卢 32 姚 31 沈 30 钟 30 姜 30 崔 29 谭 28 陆 27 范 26 汪 26 廖 26 石 25 金 25 韦 24 贾 24 夏 23 付 23
方 23 邹 22 熊 22 白 22 孟 22 秦 21 邱 21 侯 21 江 21 尹 20 薛 20 闫 20 段 20 雷 19 龙 19 黎 18 史 18
陶 18 贺 18 毛 17 郝 17 顾 17 龚 16 邵 16 万 16 武 15 钱 15 戴 15 严 14 莫 14 孔 13 向 13 常 13 关 10
佟 6 隋 5 栾 4 鞠 4 宫 4 那 2 富 2 单 4 解 3 仇 3 朴 3 查 2 区 1 覃 2 盖 3
欧阳 2 司马 0.5 上官 0.5 诸葛 0.5 万俟 0.2 尉迟 0.2
"""
_surname_parts = _SURNAME_WEIGHTS.split()
SURNAMES: tuple[str, ...] = tuple(_surname_parts[0::2])
SURNAME_WEIGHTS: tuple[float, ...] = tuple(float(w) for w in _surname_parts[1::2])

# Surnames that are more common in a minority than among the Han.
ETHNIC_SURNAMES: dict[str, tuple[str, ...]] = {
    "满族": ("关", "佟", "那", "富", "赵", "金", "白", "王", "李", "张", "刘"),
    "回族": ("马", "白", "杨", "回", "哈", "马", "李", "张"),
    "朝鲜族": ("金", "朴", "李", "崔", "郑", "姜", "金", "朴"),
    "蒙古族": ("包", "白", "韩", "宝", "王", "李"),
    "锡伯族": ("关", "吴", "韩", "佟", "何"),
}

# Given names by generation (birth year up to the key) and sex: (male, female).
_GIVEN_BY_ERA: tuple[tuple[int, str, str], ...] = (
    (
        1959,
        "建国 国庆 建华 振华 德明 福生 长林 永福 志刚 宝山 玉林 树林 卫东 援朝 抗美 桂林 凤山 "
        "广田 金贵 德胜 忠义 春生 秋生 文斌 国栋 庆祥 连生 万福 殿臣 洪涛 学文 永生 富贵 景山 "
        "长顺",
        "秀英 桂英 玉兰 秀兰 凤英 淑珍 淑芬 桂兰 玉珍 桂芳 素芬 秀珍 凤兰 玉梅 淑兰 秀芳 淑华 "
        "玉芬 桂珍 凤芝 秀云 玉凤 素珍 兰英 淑琴 桂荣 秀荣 凤琴 玉霞 春兰",
    ),
    (
        1979,
        "伟 勇 军 斌 强 刚 杰 涛 明 辉 平 鹏 华 峰 志强 建军 海涛 海波 国华 立新 卫国 永强 宏伟 "
        "东升 晓东 振宇 红军 宏 宇 利民 文革 春雷 海军 志勇 建新",
        "丽 艳 敏 静 燕 红 霞 娟 丽娟 红梅 海燕 丽华 晓红 春梅 艳华 桂香 淑英 雪梅 晓燕 丽丽 红霞 丽萍 "
        "玉洁 秀梅 美玲 艳玲 亚男 春艳 红艳 晓梅",
    ),
    (
        1999,
        "磊 超 鑫 浩 宇 帅 亮 凯 旭 晨 俊杰 博 阳 鹏飞 志伟 晓明 子健 天宇 文博 海龙 明 龙 健 琦 鹏程 "
        "家豪 佳伟 俊 嘉 思远 浩然 一鸣 宇航 新宇 子豪",
        "婷婷 晶晶 静 丹 丹丹 雪 璐 莹 佳 倩 欣 悦 琳 洁 佳琪 晓雪 文静 思琪 梦瑶 雨婷 小雨 月 丽娜 "
        "媛媛 佳慧 美琪 欣然 琪 晓琳 思雨 鑫 丹阳",
    ),
    (
        9999,
        "子轩 浩然 宇航 梓豪 一鸣 俊熙 子墨 浩宇 奕辰 宇轩 博文 睿 梓睿 皓轩 沐阳 铭泽 弈 子涵 瑞 泽宇 "
        "宸 锦程 梓航 天佑 明哲 景行 安 一诺 嘉懿 思源 煜 承泽",
        "梓涵 欣怡 子涵 诗涵 一诺 依诺 雨桐 梓萱 可馨 若汐 语桐 思彤 紫萱 佳怡 芷若 沐晴 雨欣 可欣 诗琪 "
        "梓琪 安琪 若曦 语嫣 心怡 芊芊 梦琪 悦 嘉怡 晨曦 一一",
    ),
)
GIVEN_BY_ERA: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (year, tuple(male.split()), tuple(female.split())) for year, male, female in _GIVEN_BY_ERA
)

# Characters for composed given names, so that names do not all come from the lists above.
MALE_CHARS = tuple(
    "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬"
    "富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮思群豪心邦承乐绍松善厚庆磊民友"
    "裕河哲江超浩亮政谦奇翰朗伯宏鸣朋斌梁栋维启克伦翔旭鹏泽晨辰建家致树德行泰盛雄琛钧冠策腾楠航弘"
)
FEMALE_CHARS = tuple(
    "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱霞香月媛艳瑞佳"
    "嘉琼珍贞莉桂璐娅琦晶妍茜秋珊莎锦青倩婷婉娴瑾颖露瑶怡雁蓓仪荷丹蓉君琴蕊薇菁梦岚婕馨琰韵艺咏"
    "澜纯毓悦冰爽琬茗羽希宁欣滢筠柔竹凝晓欢芸菲寒伊亚宜可舒丽阳妮晴雯萱彦雨曼紫逸蝶菡琪"
)
# Rare characters parents choose to stand out; they test fonts, input and search (Extension A and B).
RARE_MALE_CHARS = ("䶮", "𠇔", "堃", "喆", "犇", "昇", "淼")
RARE_FEMALE_CHARS = ("淼", "珺", "喆", "堃")

# 朝鲜族 names are written in Chinese characters with their own fashions.
KOREAN_GIVEN = (
    words("英哲 成浩 哲洙 光日 永男 昌浩 东赫 明洙 在民 承宪 俊秀 泰植"),
    words("顺姬 美玲 英淑 明玉 春花 善姬 贞淑 恩静 惠珍 英子 顺子 美兰"),
)
# 蒙古族 names without a surname (many 蒙古族 in Liaoning have Han-style names instead).
MONGOLIAN_NAMES = (
    words("巴特尔 额尔敦 宝音 朝鲁 苏和 那顺 孟和 阿拉坦"),
    words("其木格 斯琴 乌云 萨仁 娜仁 托娅 高娃 塔娜"),
)
# 维吾尔族 names are a given name and the father's given name, joined by the interpunct.
UYGHUR_GIVEN = (
    words("阿卜杜拉 买买提 吐尔逊 艾力 依明 库尔班 努尔艾力 艾合买提 阿不都 卡德尔 热合曼 艾则孜"),
    words("古丽娜尔 阿依古丽 热依拉 帕丽旦 迪丽努尔 阿依努尔 米娜瓦尔 祖丽菲娅 努尔古丽 海力倩姆"),
)


def cumulative(weights: tuple[float, ...]) -> list[float]:
    """Cumulative weights for ``pick``, computed once instead of per call."""
    return list(accumulate(weights))


def pick(rng: random.Random, items: Sequence[_T], cum_weights: list[float]) -> _T:
    """``rng.choices(items, cum_weights=...)[0]`` without building a list per call (half the time)."""
    return items[bisect(cum_weights, rng.random() * cum_weights[-1])]


_SURNAME_CUM = cumulative(SURNAME_WEIGHTS)


class NameMaker:
    """Draws plausible names from one ``random.Random`` (never the global one: builds must repeat)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def surname(self, ethnicity: str = "汉族") -> str:
        rng = self._rng
        special = ETHNIC_SURNAMES.get(ethnicity)
        if special is not None and rng.random() < 0.6:
            return rng.choice(special)
        return pick(rng, SURNAMES, _SURNAME_CUM)

    def given(self, male: bool, birth_year: int, ethnicity: str = "汉族") -> str:
        """A given name in the fashion of the birth year (and of the ethnicity, where it has its own)."""
        rng = self._rng
        if ethnicity == "朝鲜族" and rng.random() < 0.7:
            return rng.choice(KOREAN_GIVEN[0 if male else 1])
        roll = rng.random()
        if roll < 0.7:
            for last_year, male_names, female_names in GIVEN_BY_ERA:
                if birth_year <= last_year:
                    return rng.choice(male_names if male else female_names)
        chars = MALE_CHARS if male else FEMALE_CHARS
        # Single-character given names were most popular in the 1970s–80s.
        single = 0.35 if 1965 <= birth_year <= 1995 else 0.15
        name = rng.choice(chars) if rng.random() < single else rng.choice(chars) + rng.choice(chars)
        if roll > 0.997:
            rare = rng.choice(RARE_MALE_CHARS if male else RARE_FEMALE_CHARS)
            name = name[:-1] + rare
        return name

    def full_name(self, surname: str, male: bool, birth_year: int, ethnicity: str = "汉族") -> str:
        if ethnicity == "蒙古族" and self._rng.random() < 0.25:
            return self._rng.choice(MONGOLIAN_NAMES[0 if male else 1])
        return surname + self.given(male, birth_year, ethnicity)

    def uyghur_given(self, male: bool) -> str:
        return self._rng.choice(UYGHUR_GIVEN[0 if male else 1])


class CompoundNamer:
    """Compound names unique within the street."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def next(self) -> str:
        rng = self._rng
        for _ in range(50):
            if rng.random() < 0.08:
                name = rng.choice(WORK_UNIT_COMPOUNDS)
            else:
                name = rng.choice(COMPOUND_PREFIXES) + rng.choice(COMPOUND_SUFFIXES)
            if name not in self._used:
                break
        else:
            # The lists are exhausted (a street of hundreds of compounds): later phases of a development.
            base = rng.choice(COMPOUND_PREFIXES) + rng.choice(COMPOUND_SUFFIXES)
            phase = 2
            while f"{base}{phase}期" in self._used:
                phase += 1
            name = f"{base}{phase}期"
        self._used.add(name)
        return name
