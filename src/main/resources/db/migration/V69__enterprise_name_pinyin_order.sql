-- The registry list sorts by name by default. With the database's C collation that is Unicode code-point order
-- (北京… before 杭州… before 阿里…), which reads as random to an official; Chinese directories sort by pinyin
-- (阿里 北京 杭州 临平 乔司 张…). ICU's "zh-x-icu" collation gives that order. PostgreSQL builds with ICU have it:
-- the embedded binaries and the Debian/Ubuntu packages do; a server without ICU stops here with a clear error
-- (collation "zh-x-icu" does not exist) rather than sorting differently in silence.
--
-- The list orders by (name collate "zh-x-icu", id) within a zone, so this index serves the first page straight from
-- the index, as enterprise_zone_name did for the code-point order; nothing else reads that one (name searches use the
-- trigram and bigram indexes), so it goes.
create index enterprise_zone_name_pinyin on enterprise (zone_id, name collate "zh-x-icu", id);
drop index enterprise_zone_name;
