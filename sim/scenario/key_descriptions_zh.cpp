#include "sim/scenario/key_descriptions_zh.h"

#include <algorithm>
#include <iterator>

namespace pujiang {

namespace {

// Key names, enum values and literals ("08:00", "15min", serve_all_present) stay as a file writes
// them, since they are what the user types; the words around them follow the petition office's
// usage (接待室, 接谈, 批次, 交办, 定性处理, 诉访分离) and the GUI's own word list (data/ui_strings.tsv).
constexpr KeyDescriptionZh kDescriptions[] = {
    // Top level
    {"name", "场景标识，用于报告和输出文件名；不从基础场景继承。"},
    {"title", "便于阅读的标题；不从基础场景继承。"},
    {"description", "一句话说明这一天的用途，显示在图形界面欢迎页和文件浏览器的标题下；不从基础场景继承。"},
    {"base",
     "本场景所依据的场景文件，路径相对于本文件。先载入基础场景，再由本文件的设置项覆盖："
     "表逐项合并，数组（包括 [[rooms]] 和 [[categories]]）整个替换基础场景中的数组。"},

    // [day], [run]
    {"day", "接待日：接待时间，以及到点结束时如何处理。"},
    {"day.opens", "开始接待的时间（最早的来访者可以更早到达）。"},
    {"day.closes", "接待日结束的时间（各接待室可以更早关闭）。"},
    {"day.closing_rule",
     "到点结束时：finish_current（接谈完手头的批次，仍在等候的未能接待），"
     "serve_all_present（接待完结束前到达的所有人，记录加班时间），"
     "stop_at_close（立即中止；正在接谈和仍在等候的均未能接待）。"},
    {"run", "随机种子、重复次数和模拟时长。"},
    {"run.seed", "运行的随机种子；每个随机数流的种子都由（种子，第几次重复，流名称）确定。"},
    {"run.replications", "对这一天做独立重复模拟的次数。"},
    {"run.horizon", "运行停止时的模拟时间（时钟从接待日的 00:00 起算）；0：一直运行到现场无人为止。"},
    {"run.warmup",
     "开头一段不计入统计的时间（预热期）；须短于 run.horizon，且只能在 run.horizon > 0 时使用。"},

    // [[categories]]
    {"categories",
     "信访事项的类别，据此分流到对口部门。不写时使用“Default categories”表中的 12 个默认类别"
     "（INFRA、LAND、DEMOL、LABOUR、ENV、PLAN、DISC、LEGAL、ENTER、POLICY、SUGG、OTHER）。"},
    {"categories[].code", R"(类别代码，供接待室的 departments 引用，例如 "LAND"。)"},
    {"categories[].name_zh", "在报告和图形界面中显示的中文名称。"},
    {"categories[].name_en", "在报告和图形界面中显示的英文名称。"},
    {"categories[].share", "在到达批次构成中所占的相对权重。"},
    {"categories[].law_related", "批次属于涉法涉诉的概率。"},
    {"categories[].collective_prone", "批次以集体访形式到来的额外概率。"},
    {"categories[].policy_scope", "全省性政策问题：列入主要领导接待室的议题。"},

    // [batches]
    {"batches", "到达批次（一同接待的来访人）的特征。"},
    {"batches.group_size", "每批接待的人数（取整，至少 1 人，不超过 max_received）。"},
    {"batches.max_received", "每批最多接待的人数（推选代表的人数规定）。"},
    {"batches.collective_group_size", "集体访的人数（这些批次以此代替 group_size）。"},
    {"batches.companions", "来到现场但不被接待的陪同人员人数。"},
    {"batches.repeat_probability", "批次属于重复访的概率。"},
    {"batches.long_standing_probability", "批次属于积案的概率。"},
    {"batches.urgent_probability", "批次属于重大紧急事项的概率。"},
    {"batches.complexity", "接谈时长的系数；均值为 1 时，接待室的平均接谈时长保持不变。"},
    {"batches.long_standing_complexity", "积案接谈时长的附加系数。"},
    {"batches.patience", R"(批次等候多久后放弃离开；"none"：没有人中途离开。)"},

    // [appointments], [walk_ins], [stream]
    {"appointments", "预约登记的批次，各有编号的预约时段。"},
    {"appointments.count", "预约登记的批次数。"},
    {"appointments.no_show", "预约批次未到的概率。"},
    {"appointments.first_slot", "第一个时段的开始时间。"},
    {"appointments.slot_length", "每个时段的长度。"},
    {"appointments.per_slot", "每个时段的批次数；0：把 count 平均分到从 first_slot 到 last_slot_end 的各时段。"},
    {"appointments.last_slot_end", "任何时段的结束时间都不晚于此时间。"},
    {"appointments.no_slots", R"(不安排时段的时间窗，例如午休 ["12:00-13:30"]。)"},
    {"appointments.offset",
     R"(相对时段开始的到达时间；负值表示提前，例如 { dist = "uniform", low = "-15min", high = "15min" }。)"},
    {"appointments.bind_room", "时段指定了接待室，在登记时选定。"},
    {"appointments.prepared", "预约批次在来访前已做访前调查的概率。"},
    {"walk_ins", "未预约、当日来访的批次，到达率分段恒定。"},
    {"walk_ins.profile",
     R"(到达率节点，例如 [{ from = "08:00", per_hour = 6.0 }]：从每个节点的时刻起，)"
     "每小时到达 per_hour 批，直到下一个节点或 walk_ins.until。为空：没有当日来访。"},
    {"walk_ins.profile[].from", "此到达率开始适用的时刻；须严格递增。"},
    {"walk_ins.profile[].per_hour", "从此节点起每小时当日来访的批次数。"},
    {"walk_ins.until", "此时间之后不再有当日来访。"},
    {"stream", "长时段内的更新到达流，用于稳态实验。"},
    {"stream.enabled", "由此到达流生成来访（需要 run.horizon > 0）。"},
    {"stream.interarrival", "相邻两次到达的时间间隔。"},
    {"stream.class_shares", "到达者属于优先级 class0、class1……的固定比例；为空：不固定优先级。"},

    // [registration], [triage], [lawyers]
    {"registration", "分流之前的登记台。"},
    {"registration.desks", "登记台数量；0：不设登记环节，批次直接进入分流。"},
    {"registration.service", "一个批次的登记用时。"},
    {"registration.discipline", "登记台前的排队顺序。"},
    {"triage", "如何把批次分流到接待室，以及排队的先后顺序。"},
    {"triage.routing",
     "当接待组对口该类别的接待室都没有空闲接谈桌时：wait_for_match（在对口接待室排队等候），"
     "any_free_room（立即使用任一空闲接谈桌），general_room（改用标为 general 的接待室的空闲接谈桌，"
     "视为对口；总是先尝试对口接待室）。"},
    {"triage.rebalance", "空闲的接待室接走正在等候其他接待室、而本室能够接待的批次。"},
    {"triage.priority_classes", "从高到低排列的优先级，供 priority 排队规则使用。"},
    {"lawyers", "在涉法涉诉事项接谈时在座的律师。"},
    {"lawyers.count", "在岗律师人数。"},
    {"lawyers.opens", "律师开始在岗的时间。"},
    {"lawyers.closes", "此时间之后没有律师在岗。"},
    {"lawyers.required_for_law_related",
     "有律师在岗时，已入座的涉法涉诉批次在接谈桌旁等候律师（最长 lawyers.max_wait）；"
     "false：只有开始接谈时恰有空闲律师，律师才会在座。"},
    {"lawyers.max_wait",
     "已入座的涉法涉诉批次等候律师的最长时间；超时后在没有律师的情况下继续接谈，并采用无律师时的处理结果权重。"
     "0：只有空闲的律师才会加入。"},

    // [[rooms]]
    {"rooms", "接待室，每间由一位领导带领各部门组成的接待组。只要有人来访就必须设置。"},
    {"rooms[].name", "报告中的接待室名称；按 count 展开后须唯一。"},
    {"rooms[].count",
     R"(此项代表的相同接待室间数；大于 1 时以 name 加编号命名："Hall 1"、"Hall 2"……)"},
    {"rooms[].tables", "可同时进行的接谈数（每桌由接待组中的一组人员接谈）。"},
    {"rooms[].leader_level", "接待领导的级别。"},
    {"rooms[].departments", R"(接待组对口的类别代码；["*"]：全部类别。)"},
    {"rooms[].general",
     R"(在 triage.routing = "general_room" 时：作为兜底、对口所有类别的接待室（在对口接待室都没有空闲接谈桌时使用）。)"},
    {"rooms[].top_leader", "主要领导的接待室（最多一间）；见 [rooms.selection]。"},
    {"rooms[].opens", "接待室开始接待的时间。"},
    {"rooms[].closes", "接待室关闭的时间。"},
    {"rooms[].breaks", R"(休息时段，期间不开始新的接谈，例如 ["12:00-13:30"]。)"},
    {"rooms[].discipline", "接待室前的排队顺序。"},
    {"rooms[].consultation", "一个批次的接谈时长（未经各项系数调整）。"},
    {"rooms[].selection", "分流时哪些批次送往主要领导接待室；只能用于 top_leader = true 的接待室。"},
    {"rooms[].selection.categories", "符合条件的类别；为空：没有批次仅凭类别入选（其他条件仍然适用）。"},
    {"rooms[].selection.policy_scope", "类别设有 policy_scope（全省性政策问题）的批次符合条件。"},
    {"rooms[].selection.min_group_size", "接待人数不少于此数的批次符合条件；0：不按人数入选。"},
    {"rooms[].selection.collective", "集体访符合条件。"},
    {"rooms[].selection.probability", "符合条件的批次以此概率被送往主要领导接待室。"},
    {"rooms[].selection.max_batches", "该接待室每天入选批次的上限（默认值 2^30 表示不设上限）。"},

    // [consultation], [outcomes]
    {"consultation", "接谈时长的调整系数。"},
    {"consultation.group_size_factor", "第一人之外每多接待一人，接谈时长增加的比例。"},
    {"consultation.unmatched_factor", "接待组不对口该类别时的时长系数。"},
    {"consultation.lawyer_factor", "律师在座时的时长系数。"},
    {"outcomes", "接谈的处理结果：基础权重（经各项系数调整后归一化）和调整系数。"},
    {"outcomes.on_spot", "“当场解决”的基础权重。"},
    {"outcomes.assigned", "“交办”（限期交办）的基础权重。"},
    {"outcomes.defined", "“定性处理”（当即处置完毕）的基础权重。"},
    {"outcomes.referred_legal", "“转入法律途径”（诉访分离）的基础权重。"},
    {"outcomes.on_spot_province", "省级领导接待室的当场解决系数。"},
    {"outcomes.on_spot_city", "市级领导接待室的当场解决系数。"},
    {"outcomes.on_spot_county", "县级领导接待室的当场解决系数。"},
    {"outcomes.on_spot_township", "乡镇领导接待室的当场解决系数。"},
    {"outcomes.on_spot_prepared", "已预约且做过访前调查的批次的当场解决系数。"},
    {"outcomes.on_spot_walk_in", "当日来访及未做访前调查的批次的当场解决系数。"},
    {"outcomes.on_spot_unmatched", "接待组不对口该类别时的当场解决系数。"},
    {"outcomes.on_spot_top_leader", "主要领导接待室的当场解决系数。"},
    {"outcomes.on_spot_long_standing", "积案的当场解决系数。"},
    {"outcomes.legal_referral_with_lawyer", "律师在座时，涉法涉诉批次的 referred_legal 权重增加值。"},
    {"outcomes.legal_defined_with_lawyer", "律师在座时，涉法涉诉批次的 defined 权重增加值。"},
    {"outcomes.legal_referral_without_lawyer", "没有律师在座时，涉法涉诉批次的 referred_legal 权重增加值。"},
};

}  // namespace

std::span<const KeyDescriptionZh> keyDescriptionsZh() { return kDescriptions; }

std::string_view keyDescriptionZh(std::string_view path) {
    const auto* found = std::find_if(std::begin(kDescriptions), std::end(kDescriptions),
                                     [path](const KeyDescriptionZh& entry) { return entry.path == path; });
    return found == std::end(kDescriptions) ? std::string_view{} : found->text;
}

}  // namespace pujiang
