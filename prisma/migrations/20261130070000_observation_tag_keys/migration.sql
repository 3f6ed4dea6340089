-- Observation tags are stored as vocabulary keys (OBSERVATION_TAGS in src/lib/domain/vocabularies.ts), shown in
-- the reader's language. The suggested tags written so far as Chinese or English labels become their keys; a tag
-- of a person's own (none of the labels) stays as written. A tag given in both languages is kept once.
UPDATE "Observation" AS o
SET "tags" = mapped.tags
FROM (
    SELECT id, array_agg(tag ORDER BY first_position) AS tags
    FROM (
        SELECT id, tag, min(position) AS first_position
        FROM (
            SELECT ob.id, t.position,
                CASE lower(btrim(t.tag))
                    WHEN '参与度' THEN 'PARTICIPATION'
                    WHEN 'participation' THEN 'PARTICIPATION'
                    WHEN '情绪' THEN 'EMOTIONS'
                    WHEN 'emotions' THEN 'EMOTIONS'
                    WHEN '同伴关系' THEN 'PEER_RELATIONS'
                    WHEN 'peer relations' THEN 'PEER_RELATIONS'
                    WHEN '小组氛围' THEN 'GROUP_CLIMATE'
                    WHEN 'group climate' THEN 'GROUP_CLIMATE'
                    WHEN '进步' THEN 'PROGRESS'
                    WHEN 'progress' THEN 'PROGRESS'
                    ELSE t.tag
                END AS tag
            FROM "Observation" AS ob, unnest(ob."tags") WITH ORDINALITY AS t(tag, position)
        ) AS labelled
        GROUP BY id, tag
    ) AS distinct_tags
    GROUP BY id
) AS mapped
WHERE o.id = mapped.id AND o."tags" IS DISTINCT FROM mapped.tags;
