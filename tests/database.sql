-- lederweb test database 846a75e5865af485091edf4754bcb5269a7211629ae1ba5afd60a8b7187c7809
--
-- PostgreSQL database dump
--

\restrict lederweb

-- Dumped from database version 18.6
-- Dumped by pg_dump version 18.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: surveys_surveyresponse; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.surveys_surveyresponse (
    id bigint NOT NULL,
    form_data jsonb NOT NULL,
    submit_time timestamp with time zone NOT NULL,
    device character varying(10) NOT NULL,
    page_id integer NOT NULL
);


--
-- Name: surveys_tally_add(public.surveys_surveyresponse[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.surveys_tally_add(given public.surveys_surveyresponse[]) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO surveys_surveytally AS t
        (survey_id, split, day, group_value, key, value, answers, numbers, total)
    SELECT * FROM surveys_tally_sums(given)
    ON CONFLICT (survey_id, split, day, group_value, key, value) DO UPDATE SET
        answers = t.answers + excluded.answers,
        numbers = t.numbers + excluded.numbers,
        total = t.total + excluded.total;
END
$$;


--
-- Name: surveys_tally_rows(bigint, timestamp with time zone, text, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.surveys_tally_rows(survey bigint, at timestamp with time zone, device text, data jsonb) RETURNS TABLE(day date, split text, group_value text, key text, value text, total numeric)
    LANGUAGE sql STABLE
    AS $_$
    WITH keys AS (SELECT * FROM surveys_talliedkey k WHERE k.survey_id = survey),
    splits(split, group_value) AS (
        SELECT '', ''
        UNION ALL SELECT 'enhed', device
        UNION ALL SELECT k.key, coalesce(data ->> k.key, '') FROM keys k WHERE k.split
    ),
    entries(key, value, total) AS (
        SELECT '', '', NULL::numeric
        UNION ALL
        SELECT k.key, '', CASE
            WHEN k.summed AND data ->> k.key ~ '^\s*-?[0-9]+(\.[0-9]+)?\s*$'
            THEN (data ->> k.key)::numeric
        END
        FROM keys k WHERE data ? k.key
        UNION ALL
        SELECT k.key, v.value, NULL
        FROM keys k CROSS JOIN LATERAL jsonb_array_elements_text(
            CASE jsonb_typeof(data -> k.key)
                WHEN 'array' THEN data -> k.key ELSE jsonb_build_array(data -> k.key)
            END
        ) v(value)
        WHERE k.counted AND data ? k.key
    )
    SELECT (at AT TIME ZONE 'Europe/Copenhagen')::date, s.split, s.group_value, e.key, e.value, e.total
    FROM splits s CROSS JOIN entries e
$_$;


--
-- Name: surveys_tally_subtract(public.surveys_surveyresponse[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.surveys_tally_subtract(given public.surveys_surveyresponse[]) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    WITH gone AS (SELECT * FROM surveys_tally_sums(given)),
    locked AS (
        SELECT t.id FROM surveys_surveytally t
        JOIN gone g USING (survey_id, split, day, group_value, key, value)
        ORDER BY t.survey_id, t.split, t.day, t.group_value, t.key, t.value
        FOR UPDATE OF t
    )
    UPDATE surveys_surveytally t SET
        answers = t.answers - g.answers,
        numbers = t.numbers - g.numbers,
        total = t.total - g.total
    FROM gone g
    WHERE t.id IN (SELECT id FROM locked)
        AND (t.survey_id, t.split, t.day, t.group_value, t.key, t.value)
            = (g.survey_id, g.split, g.day, g.group_value, g.key, g.value);
END
$$;


--
-- Name: surveys_tally_sums(public.surveys_surveyresponse[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.surveys_tally_sums(given public.surveys_surveyresponse[]) RETURNS TABLE(survey_id bigint, split text, day date, group_value text, key text, value text, answers bigint, numbers bigint, total numeric)
    LANGUAGE sql STABLE
    AS $$
    SELECT a.page_id, r.split, r.day, r.group_value, r.key, r.value,
        count(*), count(r.total), coalesce(sum(r.total), 0)
    FROM unnest(given) a
    CROSS JOIN LATERAL surveys_tally_rows(a.page_id, a.submit_time, a.device, a.form_data) r
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
$$;


--
-- Name: surveys_tally_trigger(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.surveys_tally_trigger() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM surveys_tally_subtract(
            ARRAY(SELECT o::surveys_surveyresponse FROM gone o ORDER BY o.id)
        );
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM surveys_tally_add(
            ARRAY(SELECT n::surveys_surveyresponse FROM came n ORDER BY n.id)
        );
    END IF;
    RETURN NULL;
END
$$;


--
-- Name: auth_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group (
    id integer NOT NULL,
    name character varying(150) NOT NULL
);


--
-- Name: auth_group_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_group ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_group_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_group_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group_permissions (
    id bigint NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_group_permissions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_group_permissions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_permission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_permission (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    content_type_id integer NOT NULL,
    codename character varying(100) NOT NULL
);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_permission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_permission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_user (
    id integer NOT NULL,
    password character varying(128) NOT NULL,
    last_login timestamp with time zone,
    is_superuser boolean NOT NULL,
    username character varying(150) NOT NULL,
    first_name character varying(150) NOT NULL,
    last_name character varying(150) NOT NULL,
    email character varying(254) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    date_joined timestamp with time zone NOT NULL
);


--
-- Name: auth_user_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_user_groups (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    group_id integer NOT NULL
);


--
-- Name: auth_user_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_user_groups ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_user_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_user ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_user_user_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_user_user_permissions (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: auth_user_user_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_user_user_permissions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_user_user_permissions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accessattempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessattempt (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    get_data text NOT NULL,
    post_data text NOT NULL,
    failures_since_start integer NOT NULL,
    CONSTRAINT axes_accessattempt_failures_since_start_check CHECK ((failures_since_start >= 0))
);


--
-- Name: axes_accessattempt_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accessattempt ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accessattempt_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accessattemptexpiration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessattemptexpiration (
    access_attempt_id integer NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: axes_accessfailurelog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessfailurelog (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    locked_out boolean NOT NULL
);


--
-- Name: axes_accessfailurelog_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accessfailurelog ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accessfailurelog_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accesslog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accesslog (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    logout_time timestamp with time zone,
    session_hash character varying(64) NOT NULL
);


--
-- Name: axes_accesslog_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accesslog ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accesslog_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: courses_courseindexpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses_courseindexpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    social_image_id integer
);


--
-- Name: courses_coursepage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses_coursepage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    board boolean NOT NULL,
    body jsonb NOT NULL,
    project_id integer,
    social_image_id integer
);


--
-- Name: courses_coursepage_themes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses_coursepage_themes (
    id bigint NOT NULL,
    coursepage_id integer NOT NULL,
    theme_id bigint NOT NULL
);


--
-- Name: courses_coursepage_themes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.courses_coursepage_themes ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.courses_coursepage_themes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: courses_coursepage_vaeksthuse; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses_coursepage_vaeksthuse (
    id bigint NOT NULL,
    coursepage_id integer NOT NULL,
    sectionpage_id integer NOT NULL
);


--
-- Name: courses_coursepage_vaeksthuse_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.courses_coursepage_vaeksthuse ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.courses_coursepage_vaeksthuse_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: courses_groupinvitation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses_groupinvitation (
    id bigint NOT NULL,
    email character varying(254) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    accepted_at timestamp with time zone,
    mailed_at timestamp with time zone,
    group_id bigint NOT NULL,
    invited_by_id bigint
);


--
-- Name: courses_groupinvitation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.courses_groupinvitation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.courses_groupinvitation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: courses_leadergroup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses_leadergroup (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    course_id integer NOT NULL,
    created_by_id bigint
);


--
-- Name: courses_leadergroup_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.courses_leadergroup ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.courses_leadergroup_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: courses_leadergroup_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses_leadergroup_members (
    id bigint NOT NULL,
    leadergroup_id bigint NOT NULL,
    participant_id bigint NOT NULL
);


--
-- Name: courses_leadergroup_members_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.courses_leadergroup_members ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.courses_leadergroup_members_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: courses_lessonpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses_lessonpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    body jsonb NOT NULL,
    task_sheet_for_groups boolean NOT NULL,
    exercise text NOT NULL,
    quiz jsonb NOT NULL,
    pass_mark smallint,
    social_image_id integer,
    task_sheet_id integer,
    CONSTRAINT courses_lessonpage_pass_mark_check CHECK ((pass_mark >= 0))
);


--
-- Name: courses_lessonprogress; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses_lessonprogress (
    id bigint NOT NULL,
    seen_at timestamp with time zone NOT NULL,
    exercise_text text NOT NULL,
    exercise_saved_at timestamp with time zone,
    quiz_score smallint,
    quiz_answered_at timestamp with time zone,
    completed_at timestamp with time zone,
    lesson_id integer NOT NULL,
    participant_id bigint NOT NULL,
    CONSTRAINT courses_lessonprogress_quiz_score_check CHECK ((quiz_score >= 0))
);


--
-- Name: courses_lessonprogress_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.courses_lessonprogress ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.courses_lessonprogress_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: courses_modulepage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses_modulepage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    body jsonb NOT NULL,
    social_image_id integer
);


--
-- Name: courses_participant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses_participant (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    email character varying(254) NOT NULL,
    organisation character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_active_at timestamp with time zone NOT NULL,
    link_nonce character varying(32) NOT NULL,
    deletion_warned_at timestamp with time zone,
    first_course_id integer
);


--
-- Name: courses_participant_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.courses_participant ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.courses_participant_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: courses_questionresult; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses_questionresult (
    id bigint NOT NULL,
    question_id character varying(64) NOT NULL,
    correct boolean NOT NULL,
    lesson_id integer NOT NULL,
    participant_id bigint NOT NULL
);


--
-- Name: courses_questionresult_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.courses_questionresult ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.courses_questionresult_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_admin_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_admin_log (
    id integer NOT NULL,
    action_time timestamp with time zone NOT NULL,
    object_id text,
    object_repr character varying(200) NOT NULL,
    action_flag smallint NOT NULL,
    change_message text NOT NULL,
    content_type_id integer,
    user_id integer NOT NULL,
    CONSTRAINT django_admin_log_action_flag_check CHECK ((action_flag >= 0))
);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_admin_log ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_admin_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_content_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_content_type (
    id integer NOT NULL,
    app_label character varying(100) NOT NULL,
    model character varying(100) NOT NULL
);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_content_type ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_content_type_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_migrations (
    id bigint NOT NULL,
    app character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    applied timestamp with time zone NOT NULL
);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_migrations ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_migrations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_session (
    session_key character varying(40) NOT NULL,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL
);


--
-- Name: events_eventindexpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events_eventindexpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    social_image_id integer
);


--
-- Name: events_eventpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events_eventpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    board boolean NOT NULL,
    start timestamp with time zone NOT NULL,
    "end" timestamp with time zone NOT NULL,
    venue_name character varying(200) NOT NULL,
    venue_address character varying(255) NOT NULL,
    body jsonb NOT NULL,
    capacity integer,
    registration_deadline timestamp with time zone,
    report jsonb NOT NULL,
    project_id integer,
    social_image_id integer,
    CONSTRAINT events_eventpage_capacity_check CHECK ((capacity >= 0))
);


--
-- Name: events_eventpage_themes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events_eventpage_themes (
    id bigint NOT NULL,
    eventpage_id integer NOT NULL,
    theme_id bigint NOT NULL
);


--
-- Name: events_eventpage_themes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.events_eventpage_themes ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.events_eventpage_themes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: events_eventpage_vaeksthuse; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events_eventpage_vaeksthuse (
    id bigint NOT NULL,
    eventpage_id integer NOT NULL,
    sectionpage_id integer NOT NULL
);


--
-- Name: events_eventpage_vaeksthuse_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.events_eventpage_vaeksthuse ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.events_eventpage_vaeksthuse_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: events_registration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events_registration (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    organisation character varying(200) NOT NULL,
    email character varying(254) NOT NULL,
    note text NOT NULL,
    status character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    confirmation_sent_at timestamp with time zone,
    notified_status character varying(20) NOT NULL,
    event_id integer NOT NULL,
    held_until timestamp with time zone
);


--
-- Name: events_registration_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.events_registration ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.events_registration_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: lederweb_contactpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lederweb_contactpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    body jsonb NOT NULL,
    social_image_id integer
);


--
-- Name: lederweb_homepage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lederweb_homepage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    body jsonb NOT NULL,
    social_image_id integer,
    featured_page_id integer
);


--
-- Name: lederweb_sectionindexpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lederweb_sectionindexpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    social_image_id integer
);


--
-- Name: lederweb_sectionpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lederweb_sectionpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    number smallint NOT NULL,
    audience character varying(200) NOT NULL,
    body jsonb NOT NULL,
    social_image_id integer,
    CONSTRAINT lederweb_sectionpage_number_check CHECK ((number >= 0))
);


--
-- Name: lederweb_sitesettings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lederweb_sitesettings (
    id bigint NOT NULL,
    organisation character varying(200) NOT NULL,
    address text NOT NULL,
    email character varying(254) NOT NULL,
    phone character varying(40) NOT NULL,
    footer_text text NOT NULL,
    site_id integer NOT NULL,
    share_image_id integer
);


--
-- Name: lederweb_sitesettings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.lederweb_sitesettings ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.lederweb_sitesettings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: lederweb_standardpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lederweb_standardpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    body jsonb NOT NULL,
    social_image_id integer
);


--
-- Name: lederweb_theme; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lederweb_theme (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description text NOT NULL
);


--
-- Name: lederweb_theme_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.lederweb_theme ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.lederweb_theme_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: lederweb_themeindexpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lederweb_themeindexpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    social_image_id integer
);


--
-- Name: newsletter_confirmationrequest; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.newsletter_confirmationrequest (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    token character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    enqueued_at timestamp with time zone,
    sent_at timestamp with time zone,
    used_at timestamp with time zone,
    consent_id bigint,
    subscriber_id bigint NOT NULL
);


--
-- Name: newsletter_confirmationrequest_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.newsletter_confirmationrequest ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.newsletter_confirmationrequest_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: newsletter_consent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.newsletter_consent (
    id bigint NOT NULL,
    text text NOT NULL,
    version character varying(20) NOT NULL,
    source character varying(20) NOT NULL,
    given_at timestamp with time zone NOT NULL,
    confirmed_at timestamp with time zone,
    withdrawn_at timestamp with time zone,
    subscriber_id bigint NOT NULL
);


--
-- Name: newsletter_consent_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.newsletter_consent ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.newsletter_consent_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: newsletter_delivery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.newsletter_delivery (
    id bigint NOT NULL,
    status character varying(10) NOT NULL,
    attempts smallint NOT NULL,
    claimed_at timestamp with time zone,
    next_attempt_at timestamp with time zone,
    sent_at timestamp with time zone,
    error character varying(300) NOT NULL,
    subscriber_id bigint NOT NULL,
    issue_id bigint NOT NULL,
    CONSTRAINT newsletter_delivery_attempts_check CHECK ((attempts >= 0))
);


--
-- Name: newsletter_delivery_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.newsletter_delivery ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.newsletter_delivery_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: newsletter_issue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.newsletter_issue (
    id bigint NOT NULL,
    subject character varying(200) NOT NULL,
    intro text NOT NULL,
    status character varying(20) NOT NULL,
    scheduled_at timestamp with time zone,
    slot timestamp with time zone,
    covers_until timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    progress_at timestamp with time zone,
    pause_reason character varying(400) NOT NULL,
    error_count smallint NOT NULL,
    last_error character varying(300) NOT NULL,
    editors_notified_at timestamp with time zone,
    CONSTRAINT newsletter_issue_error_count_check CHECK ((error_count >= 0))
);


--
-- Name: newsletter_issue_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.newsletter_issue ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.newsletter_issue_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: newsletter_issueitem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.newsletter_issueitem (
    id bigint NOT NULL,
    sort_order integer,
    issue_id bigint NOT NULL,
    page_id integer NOT NULL
);


--
-- Name: newsletter_issueitem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.newsletter_issueitem ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.newsletter_issueitem_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: newsletter_providerevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.newsletter_providerevent (
    id bigint NOT NULL,
    esp_name character varying(40) NOT NULL,
    event_type character varying(40) NOT NULL,
    event_id character varying(200) NOT NULL,
    recipient character varying(254) NOT NULL,
    description text NOT NULL,
    occurred_at timestamp with time zone,
    received_at timestamp with time zone NOT NULL,
    payload jsonb,
    subscriber_id bigint NOT NULL
);


--
-- Name: newsletter_providerevent_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.newsletter_providerevent ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.newsletter_providerevent_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: newsletter_sendsettings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.newsletter_sendsettings (
    id bigint NOT NULL,
    weekday smallint NOT NULL,
    send_time time without time zone NOT NULL,
    rate_per_second integer NOT NULL,
    error_pause_percent smallint NOT NULL,
    compose_days_before smallint NOT NULL,
    compose_time time without time zone NOT NULL,
    CONSTRAINT newsletter_sendsettings_compose_days_before_check CHECK ((compose_days_before >= 0)),
    CONSTRAINT newsletter_sendsettings_error_pause_percent_check CHECK ((error_pause_percent >= 0)),
    CONSTRAINT newsletter_sendsettings_rate_per_second_check CHECK ((rate_per_second >= 0)),
    CONSTRAINT newsletter_sendsettings_weekday_check CHECK ((weekday >= 0))
);


--
-- Name: newsletter_sendsettings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.newsletter_sendsettings ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.newsletter_sendsettings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: newsletter_subscriber; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.newsletter_subscriber (
    id bigint NOT NULL,
    email character varying(254),
    email_hash character varying(64) NOT NULL,
    status character varying(20) NOT NULL,
    token character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    confirmed_at timestamp with time zone,
    unsubscribed_at timestamp with time zone
);


--
-- Name: newsletter_subscriber_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.newsletter_subscriber ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.newsletter_subscriber_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: newsletter_subscriber_sections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.newsletter_subscriber_sections (
    id bigint NOT NULL,
    subscriber_id bigint NOT NULL,
    sectionpage_id integer NOT NULL
);


--
-- Name: newsletter_subscriber_sections_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.newsletter_subscriber_sections ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.newsletter_subscriber_sections_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: projects_articleindexpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_articleindexpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    social_image_id integer
);


--
-- Name: projects_articlepage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_articlepage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    board boolean NOT NULL,
    date date NOT NULL,
    body jsonb NOT NULL,
    author_name character varying(200) NOT NULL,
    author_role character varying(200) NOT NULL,
    reading_minutes smallint NOT NULL,
    image_id integer,
    project_id integer,
    author_id bigint,
    social_image_id integer,
    CONSTRAINT projects_articlepage_reading_minutes_check CHECK ((reading_minutes >= 0))
);


--
-- Name: projects_articlepage_themes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_articlepage_themes (
    id bigint NOT NULL,
    articlepage_id integer NOT NULL,
    theme_id bigint NOT NULL
);


--
-- Name: projects_articlepage_themes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.projects_articlepage_themes ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.projects_articlepage_themes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: projects_articlepage_vaeksthuse; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_articlepage_vaeksthuse (
    id bigint NOT NULL,
    articlepage_id integer NOT NULL,
    sectionpage_id integer NOT NULL
);


--
-- Name: projects_articlepage_vaeksthuse_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.projects_articlepage_vaeksthuse ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.projects_articlepage_vaeksthuse_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: projects_contact; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_contact (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    role character varying(200) NOT NULL,
    organisation character varying(200) NOT NULL,
    email character varying(254) NOT NULL,
    phone character varying(40) NOT NULL
);


--
-- Name: projects_contact_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.projects_contact ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.projects_contact_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: projects_idea; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_idea (
    id bigint NOT NULL,
    sort_order integer,
    title character varying(200) NOT NULL,
    kind character varying(10) NOT NULL,
    video_url character varying(200) NOT NULL,
    text text NOT NULL,
    image_id integer,
    page_id integer NOT NULL
);


--
-- Name: projects_idea_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.projects_idea ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.projects_idea_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: projects_ideacollectionpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_ideacollectionpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    body jsonb NOT NULL,
    project_id integer,
    social_image_id integer
);


--
-- Name: projects_programmepage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_programmepage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    body jsonb NOT NULL,
    audience text NOT NULL,
    course jsonb NOT NULL,
    participants integer,
    municipalities integer,
    participant_note text NOT NULL,
    evaluation text NOT NULL,
    project_id integer,
    social_image_id integer,
    CONSTRAINT projects_programmepage_municipalities_check CHECK ((municipalities >= 0)),
    CONSTRAINT projects_programmepage_participants_check CHECK ((participants >= 0))
);


--
-- Name: projects_projectcontact; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_projectcontact (
    id bigint NOT NULL,
    sort_order integer,
    contact_id bigint NOT NULL,
    page_id integer NOT NULL
);


--
-- Name: projects_projectcontact_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.projects_projectcontact ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.projects_projectcontact_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: projects_projectindexpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_projectindexpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    social_image_id integer
);


--
-- Name: projects_projectpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_projectpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    board boolean NOT NULL,
    body jsonb NOT NULL,
    end_date date,
    start_date date,
    status character varying(20) NOT NULL,
    social_image_id integer
);


--
-- Name: projects_projectpage_themes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_projectpage_themes (
    id bigint NOT NULL,
    projectpage_id integer NOT NULL,
    theme_id bigint NOT NULL
);


--
-- Name: projects_projectpage_themes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.projects_projectpage_themes ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.projects_projectpage_themes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: projects_projectpage_vaeksthuse; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_projectpage_vaeksthuse (
    id bigint NOT NULL,
    projectpage_id integer NOT NULL,
    sectionpage_id integer NOT NULL
);


--
-- Name: projects_projectpage_vaeksthuse_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.projects_projectpage_vaeksthuse ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.projects_projectpage_vaeksthuse_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: projects_projectpartner; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_projectpartner (
    id bigint NOT NULL,
    sort_order integer,
    name character varying(200) NOT NULL,
    url character varying(200) NOT NULL,
    page_id integer NOT NULL
);


--
-- Name: projects_projectpartner_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.projects_projectpartner ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.projects_projectpartner_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: projects_toolpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects_toolpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    body jsonb NOT NULL,
    videos jsonb NOT NULL,
    task_sheets jsonb NOT NULL,
    project_id integer,
    social_image_id integer
);


--
-- Name: publications_order; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.publications_order (
    id bigint NOT NULL,
    reference uuid NOT NULL,
    name character varying(200) NOT NULL,
    organisation character varying(200) NOT NULL,
    address character varying(300) NOT NULL,
    postcode character varying(4) NOT NULL,
    city character varying(100) NOT NULL,
    email character varying(254) NOT NULL,
    quantity integer NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    shipped_at timestamp with time zone,
    confirmation_sent_at timestamp with time zone,
    publication_id integer NOT NULL,
    number character varying(9) NOT NULL,
    shipped_notice_sent_at timestamp with time zone,
    address_mail_sent_at timestamp with time zone,
    confirmed_at timestamp with time zone,
    held_until timestamp with time zone,
    CONSTRAINT publications_order_quantity_check CHECK ((quantity >= 0))
);


--
-- Name: publications_order_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.publications_order ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.publications_order_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: publications_ordersettings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.publications_ordersettings (
    id bigint NOT NULL,
    delivery_time character varying(100) NOT NULL,
    site_id integer NOT NULL
);


--
-- Name: publications_ordersettings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.publications_ordersettings ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.publications_ordersettings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: publications_printrun; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.publications_printrun (
    id bigint NOT NULL,
    sort_order integer,
    printed_on date NOT NULL,
    copies integer NOT NULL,
    note character varying(200) NOT NULL,
    page_id integer NOT NULL,
    CONSTRAINT publications_printrun_copies_check CHECK ((copies >= 0))
);


--
-- Name: publications_printrun_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.publications_printrun ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.publications_printrun_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: publications_publicationindexpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.publications_publicationindexpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    social_image_id integer
);


--
-- Name: publications_publicationpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.publications_publicationpage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    board boolean NOT NULL,
    summary text NOT NULL,
    page_count integer,
    page_count_source character varying(255) NOT NULL,
    isbn_print character varying(17) NOT NULL,
    isbn_electronic character varying(17) NOT NULL,
    year smallint NOT NULL,
    editors character varying(300) NOT NULL,
    designer character varying(200) NOT NULL,
    printer character varying(200) NOT NULL,
    reading_edition jsonb NOT NULL,
    cover_id integer,
    document_id integer,
    project_id integer,
    social_image_id integer,
    CONSTRAINT publications_publicationpage_page_count_check CHECK ((page_count >= 0)),
    CONSTRAINT publications_publicationpage_year_check CHECK ((year >= 0))
);


--
-- Name: publications_publicationpage_themes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.publications_publicationpage_themes (
    id bigint NOT NULL,
    publicationpage_id integer NOT NULL,
    theme_id bigint NOT NULL
);


--
-- Name: publications_publicationpage_themes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.publications_publicationpage_themes ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.publications_publicationpage_themes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: publications_publicationpage_vaeksthuse; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.publications_publicationpage_vaeksthuse (
    id bigint NOT NULL,
    publicationpage_id integer CONSTRAINT publications_publicationpage_vaekst_publicationpage_id_not_null NOT NULL,
    sectionpage_id integer NOT NULL
);


--
-- Name: publications_publicationpage_vaeksthuse_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.publications_publicationpage_vaeksthuse ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.publications_publicationpage_vaeksthuse_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reports_eventattendance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reports_eventattendance (
    id bigint NOT NULL,
    attended integer NOT NULL,
    event_id integer NOT NULL,
    CONSTRAINT reports_eventattendance_attended_check CHECK ((attended >= 0))
);


--
-- Name: reports_eventattendance_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reports_eventattendance ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reports_eventattendance_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reports_followercount; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reports_followercount (
    id bigint NOT NULL,
    channel character varying(20) NOT NULL,
    date date NOT NULL,
    followers integer NOT NULL,
    CONSTRAINT reports_followercount_followers_check CHECK ((followers >= 0))
);


--
-- Name: reports_followercount_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reports_followercount ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reports_followercount_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reports_mediamention; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reports_mediamention (
    id bigint NOT NULL,
    medium character varying(120) NOT NULL,
    date date NOT NULL,
    title character varying(300) NOT NULL,
    url character varying(500) NOT NULL
);


--
-- Name: reports_mediamention_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reports_mediamention ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reports_mediamention_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reports_statisticssettings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reports_statisticssettings (
    id bigint NOT NULL,
    summary_email character varying(254) NOT NULL
);


--
-- Name: reports_statisticssettings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reports_statisticssettings ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reports_statisticssettings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reports_statusnote; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reports_statusnote (
    id bigint NOT NULL,
    year smallint NOT NULL,
    introduction text NOT NULL,
    highlights text NOT NULL,
    network text NOT NULL,
    communication text NOT NULL,
    focus_areas text NOT NULL,
    next_focus_areas text NOT NULL,
    CONSTRAINT reports_statusnote_year_check CHECK ((year >= 0))
);


--
-- Name: reports_statusnote_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reports_statusnote ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reports_statusnote_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reports_weeklysummary; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reports_weeklysummary (
    id bigint NOT NULL,
    week_start date NOT NULL,
    sent_at timestamp with time zone,
    recipient character varying(254) NOT NULL
);


--
-- Name: reports_weeklysummary_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reports_weeklysummary ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reports_weeklysummary_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sitesearch_documenttext; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sitesearch_documenttext (
    document_id integer NOT NULL,
    file_name character varying(255) NOT NULL,
    text text NOT NULL,
    extracted_at timestamp with time zone NOT NULL,
    failure character varying(200) NOT NULL
);


--
-- Name: sitesearch_searchdocument; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sitesearch_searchdocument (
    page_id integer NOT NULL,
    kind character varying(20) NOT NULL,
    title text NOT NULL,
    lead text NOT NULL,
    body text NOT NULL,
    vaeksthuse smallint[] NOT NULL,
    board boolean NOT NULL,
    year smallint,
    date date,
    search_vector tsvector,
    title_vector tsvector,
    title_lead_vector tsvector,
    title_words tsvector,
    indexed_at timestamp with time zone NOT NULL,
    CONSTRAINT sitesearch_searchdocument_year_check CHECK ((year >= 0))
);
ALTER TABLE ONLY public.sitesearch_searchdocument ALTER COLUMN search_vector SET STORAGE MAIN;
ALTER TABLE ONLY public.sitesearch_searchdocument ALTER COLUMN title_vector SET STORAGE MAIN;
ALTER TABLE ONLY public.sitesearch_searchdocument ALTER COLUMN title_lead_vector SET STORAGE MAIN;
ALTER TABLE ONLY public.sitesearch_searchdocument ALTER COLUMN title_words SET STORAGE MAIN;


--
-- Name: sitesearch_searchword; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sitesearch_searchword (
    word character varying(40) NOT NULL,
    documents integer NOT NULL,
    CONSTRAINT sitesearch_searchword_documents_check CHECK ((documents >= 0))
);


--
-- Name: stats_dailycampaigns; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_dailycampaigns (
    id bigint NOT NULL,
    day date NOT NULL,
    visits integer NOT NULL,
    source character varying(100) NOT NULL,
    campaign character varying(100) NOT NULL,
    CONSTRAINT stats_dailycampaigns_visits_check CHECK ((visits >= 0))
);


--
-- Name: stats_dailycampaigns_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_dailycampaigns ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_dailycampaigns_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_dailychapters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_dailychapters (
    id bigint NOT NULL,
    chapter smallint NOT NULL,
    day date NOT NULL,
    reads integer NOT NULL,
    page_id integer NOT NULL,
    CONSTRAINT stats_dailychapters_chapter_check CHECK ((chapter >= 0)),
    CONSTRAINT stats_dailychapters_reads_check CHECK ((reads >= 0))
);


--
-- Name: stats_dailychapters_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_dailychapters ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_dailychapters_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_dailydevices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_dailydevices (
    id bigint NOT NULL,
    day date NOT NULL,
    visits integer NOT NULL,
    device character varying(10) NOT NULL,
    CONSTRAINT stats_dailydevices_visits_check CHECK ((visits >= 0))
);


--
-- Name: stats_dailydevices_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_dailydevices ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_dailydevices_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_dailydownloads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_dailydownloads (
    id bigint NOT NULL,
    day date NOT NULL,
    downloads integer NOT NULL,
    document_id integer NOT NULL,
    CONSTRAINT stats_dailydownloads_downloads_check CHECK ((downloads >= 0))
);


--
-- Name: stats_dailydownloads_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_dailydownloads ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_dailydownloads_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_dailypageviews; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_dailypageviews (
    id bigint NOT NULL,
    day date NOT NULL,
    views integer NOT NULL,
    page_id integer NOT NULL,
    CONSTRAINT stats_dailypageviews_views_check CHECK ((views >= 0))
);


--
-- Name: stats_dailypageviews_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_dailypageviews ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_dailypageviews_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_dailyreads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_dailyreads (
    id bigint NOT NULL,
    day date NOT NULL,
    reads integer NOT NULL,
    page_id integer NOT NULL,
    CONSTRAINT stats_dailyreads_reads_check CHECK ((reads >= 0))
);


--
-- Name: stats_dailyreads_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_dailyreads ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_dailyreads_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_dailyreferrers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_dailyreferrers (
    id bigint NOT NULL,
    day date NOT NULL,
    visits integer NOT NULL,
    domain character varying(255) NOT NULL,
    CONSTRAINT stats_dailyreferrers_visits_check CHECK ((visits >= 0))
);


--
-- Name: stats_dailyreferrers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_dailyreferrers ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_dailyreferrers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_dailysearches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_dailysearches (
    id bigint NOT NULL,
    day date NOT NULL,
    query character varying(100) NOT NULL,
    searches integer NOT NULL,
    results integer NOT NULL,
    CONSTRAINT stats_dailysearches_results_check CHECK ((results >= 0)),
    CONSTRAINT stats_dailysearches_searches_check CHECK ((searches >= 0))
);


--
-- Name: stats_dailysearches_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_dailysearches ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_dailysearches_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_dailytraffic; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_dailytraffic (
    id bigint NOT NULL,
    day date NOT NULL,
    days smallint NOT NULL,
    page_views integer NOT NULL,
    visits integer NOT NULL,
    visitors integer,
    imported boolean NOT NULL,
    CONSTRAINT stats_dailytraffic_days_check CHECK ((days >= 0)),
    CONSTRAINT stats_dailytraffic_page_views_check CHECK ((page_views >= 0)),
    CONSTRAINT stats_dailytraffic_visitors_check CHECK ((visitors >= 0)),
    CONSTRAINT stats_dailytraffic_visits_check CHECK ((visits >= 0))
);


--
-- Name: stats_dailytraffic_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_dailytraffic ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_dailytraffic_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_monthlycampaigns; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_monthlycampaigns (
    id bigint NOT NULL,
    month date NOT NULL,
    source character varying(100) NOT NULL,
    campaign character varying(100) NOT NULL,
    visits integer NOT NULL,
    CONSTRAINT stats_monthlycampaigns_visits_check CHECK ((visits >= 0))
);


--
-- Name: stats_monthlycampaigns_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_monthlycampaigns ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_monthlycampaigns_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_monthlydownloads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_monthlydownloads (
    id bigint NOT NULL,
    month date NOT NULL,
    downloads integer NOT NULL,
    document_id integer NOT NULL,
    CONSTRAINT stats_monthlydownloads_downloads_check CHECK ((downloads >= 0))
);


--
-- Name: stats_monthlydownloads_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_monthlydownloads ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_monthlydownloads_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_monthlypageviews; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_monthlypageviews (
    id bigint NOT NULL,
    month date NOT NULL,
    views integer NOT NULL,
    page_id integer NOT NULL,
    CONSTRAINT stats_monthlypageviews_views_check CHECK ((views >= 0))
);


--
-- Name: stats_monthlypageviews_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_monthlypageviews ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_monthlypageviews_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_monthlyreferrers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_monthlyreferrers (
    id bigint NOT NULL,
    month date NOT NULL,
    domain character varying(255) NOT NULL,
    visits integer NOT NULL,
    CONSTRAINT stats_monthlyreferrers_visits_check CHECK ((visits >= 0))
);


--
-- Name: stats_monthlyreferrers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_monthlyreferrers ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_monthlyreferrers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_monthlysearches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_monthlysearches (
    id bigint NOT NULL,
    month date NOT NULL,
    query character varying(100) NOT NULL,
    searches integer NOT NULL,
    empty_searches integer NOT NULL,
    results integer NOT NULL,
    last_day date NOT NULL,
    CONSTRAINT stats_monthlysearches_empty_searches_check CHECK ((empty_searches >= 0)),
    CONSTRAINT stats_monthlysearches_results_check CHECK ((results >= 0)),
    CONSTRAINT stats_monthlysearches_searches_check CHECK ((searches >= 0))
);


--
-- Name: stats_monthlysearches_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_monthlysearches ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_monthlysearches_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stats_rolledupbatch; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_rolledupbatch (
    id bigint NOT NULL,
    token character varying(64) NOT NULL,
    applied_at timestamp with time zone NOT NULL
);


--
-- Name: stats_rolledupbatch_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stats_rolledupbatch ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.stats_rolledupbatch_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: surveys_backgroundquestion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.surveys_backgroundquestion (
    id bigint NOT NULL,
    key character varying(60) NOT NULL,
    label character varying(255) NOT NULL,
    help_text character varying(255) NOT NULL,
    choices text NOT NULL
);


--
-- Name: surveys_backgroundquestion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.surveys_backgroundquestion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.surveys_backgroundquestion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: surveys_invitation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.surveys_invitation (
    id bigint NOT NULL,
    email character varying(254) NOT NULL,
    token character varying(64) NOT NULL,
    status character varying(10) NOT NULL,
    reminder character varying(10) NOT NULL,
    error character varying(300) NOT NULL,
    used boolean NOT NULL,
    draft jsonb,
    created_at timestamp with time zone NOT NULL,
    survey_id integer NOT NULL,
    claimed_at timestamp with time zone
);


--
-- Name: surveys_invitation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.surveys_invitation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.surveys_invitation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: surveys_surveypage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.surveys_surveypage (
    page_ptr_id integer NOT NULL,
    introduction text NOT NULL,
    opens_at timestamp with time zone,
    closes_at timestamp with time zone,
    thank_you_text text NOT NULL,
    social_image_id integer
);


--
-- Name: surveys_surveyquestion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.surveys_surveyquestion (
    id bigint NOT NULL,
    sort_order integer,
    clean_name character varying(255) NOT NULL,
    required boolean NOT NULL,
    choices text NOT NULL,
    default_value text NOT NULL,
    help_text character varying(255) NOT NULL,
    label character varying(255) NOT NULL,
    field_type character varying(16) NOT NULL,
    low_label character varying(60) NOT NULL,
    high_label character varying(60) NOT NULL,
    background_id bigint,
    page_id integer NOT NULL
);


--
-- Name: surveys_surveyquestion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.surveys_surveyquestion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.surveys_surveyquestion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: surveys_surveyresponse_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.surveys_surveyresponse ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.surveys_surveyresponse_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: surveys_surveytally; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.surveys_surveytally (
    id bigint NOT NULL,
    split character varying(80) NOT NULL,
    day date NOT NULL,
    group_value text NOT NULL,
    key character varying(80) NOT NULL,
    value text NOT NULL,
    answers bigint NOT NULL,
    numbers bigint NOT NULL,
    total numeric(30,6) NOT NULL,
    survey_id integer NOT NULL
);


--
-- Name: surveys_surveytally_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.surveys_surveytally ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.surveys_surveytally_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: surveys_talliedkey; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.surveys_talliedkey (
    id bigint NOT NULL,
    key character varying(80) NOT NULL,
    counted boolean NOT NULL,
    summed boolean NOT NULL,
    split boolean NOT NULL,
    survey_id integer NOT NULL
);


--
-- Name: surveys_talliedkey_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.surveys_talliedkey ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.surveys_talliedkey_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: taggit_tag; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.taggit_tag (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL
);


--
-- Name: taggit_tag_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.taggit_tag ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.taggit_tag_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: taggit_taggeditem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.taggit_taggeditem (
    id integer NOT NULL,
    object_id integer NOT NULL,
    content_type_id integer NOT NULL,
    tag_id integer NOT NULL
);


--
-- Name: taggit_taggeditem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.taggit_taggeditem ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.taggit_taggeditem_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailadmin_admin; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailadmin_admin (
    id integer NOT NULL
);


--
-- Name: wagtailadmin_admin_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailadmin_admin ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailadmin_admin_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailadmin_editingsession; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailadmin_editingsession (
    id integer NOT NULL,
    object_id character varying(255) NOT NULL,
    last_seen_at timestamp with time zone NOT NULL,
    content_type_id integer NOT NULL,
    user_id integer NOT NULL,
    is_editing boolean NOT NULL
);


--
-- Name: wagtailadmin_editingsession_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailadmin_editingsession ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailadmin_editingsession_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailadmin_formstate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailadmin_formstate (
    id integer NOT NULL,
    data text NOT NULL,
    object_id character varying(255) NOT NULL,
    parent_object_id character varying(255) NOT NULL,
    last_updated_at timestamp with time zone NOT NULL,
    content_type_id integer NOT NULL,
    user_id integer NOT NULL
);


--
-- Name: wagtailadmin_formstate_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailadmin_formstate ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailadmin_formstate_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_apitoken; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_apitoken (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    key_hash character varying(64) NOT NULL,
    prefix character varying(16) NOT NULL,
    created timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone,
    user_id integer NOT NULL
);


--
-- Name: wagtailcore_apitoken_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_apitoken ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_apitoken_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_collection; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_collection (
    id integer NOT NULL,
    path character varying(255) NOT NULL COLLATE pg_catalog."C",
    depth integer NOT NULL,
    numchild integer NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT wagtailcore_collection_depth_check CHECK ((depth >= 0)),
    CONSTRAINT wagtailcore_collection_numchild_check CHECK ((numchild >= 0))
);


--
-- Name: wagtailcore_collection_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_collection ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_collection_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_collectionviewrestriction; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_collectionviewrestriction (
    id integer NOT NULL,
    restriction_type character varying(20) NOT NULL,
    password character varying(255) NOT NULL,
    collection_id integer NOT NULL
);


--
-- Name: wagtailcore_collectionviewrestriction_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_collectionviewrestriction_groups (
    id bigint NOT NULL,
    collectionviewrestriction_id integer CONSTRAINT wagtailcore_collectionviewr_collectionviewrestriction__not_null NOT NULL,
    group_id integer NOT NULL
);


--
-- Name: wagtailcore_collectionviewrestriction_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_collectionviewrestriction_groups ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_collectionviewrestriction_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_collectionviewrestriction_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_collectionviewrestriction ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_collectionviewrestriction_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_comment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_comment (
    id integer NOT NULL,
    text text NOT NULL,
    contentpath text NOT NULL,
    "position" text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    resolved_at timestamp with time zone,
    page_id integer NOT NULL,
    resolved_by_id integer,
    revision_created_id integer,
    user_id integer NOT NULL
);


--
-- Name: wagtailcore_comment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_comment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_comment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_commentreply; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_commentreply (
    id integer NOT NULL,
    text text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    comment_id integer NOT NULL,
    user_id integer NOT NULL
);


--
-- Name: wagtailcore_commentreply_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_commentreply ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_commentreply_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_groupapprovaltask; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_groupapprovaltask (
    task_ptr_id integer NOT NULL
);


--
-- Name: wagtailcore_groupapprovaltask_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_groupapprovaltask_groups (
    id bigint NOT NULL,
    groupapprovaltask_id integer CONSTRAINT wagtailcore_groupapprovaltask_gro_groupapprovaltask_id_not_null NOT NULL,
    group_id integer NOT NULL
);


--
-- Name: wagtailcore_groupapprovaltask_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_groupapprovaltask_groups ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_groupapprovaltask_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_groupcollectionpermission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_groupcollectionpermission (
    id integer NOT NULL,
    collection_id integer NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: wagtailcore_groupcollectionpermission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_groupcollectionpermission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_groupcollectionpermission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_grouppagepermission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_grouppagepermission (
    id integer NOT NULL,
    group_id integer NOT NULL,
    page_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: wagtailcore_grouppagepermission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_grouppagepermission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_grouppagepermission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_groupsitepermission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_groupsitepermission (
    id integer NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL,
    site_id integer NOT NULL
);


--
-- Name: wagtailcore_groupsitepermission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_groupsitepermission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_groupsitepermission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_locale; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_locale (
    id integer NOT NULL,
    language_code character varying(100) NOT NULL
);


--
-- Name: wagtailcore_locale_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_locale ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_locale_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_modellogentry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_modellogentry (
    id integer NOT NULL,
    label text NOT NULL,
    action character varying(255) NOT NULL,
    data jsonb CONSTRAINT wagtailcore_modellogentry_data_json_not_null NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    content_changed boolean NOT NULL,
    deleted boolean NOT NULL,
    object_id character varying(255) NOT NULL,
    content_type_id integer,
    user_id integer,
    uuid uuid,
    revision_id integer
);


--
-- Name: wagtailcore_modellogentry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_modellogentry ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_modellogentry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_page; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_page (
    id integer NOT NULL,
    path character varying(255) NOT NULL COLLATE pg_catalog."C",
    depth integer NOT NULL,
    numchild integer NOT NULL,
    title character varying(255) NOT NULL,
    slug character varying(255) NOT NULL,
    live boolean NOT NULL,
    has_unpublished_changes boolean NOT NULL,
    url_path text NOT NULL,
    seo_title character varying(255) NOT NULL,
    show_in_menus boolean NOT NULL,
    search_description text NOT NULL,
    go_live_at timestamp with time zone,
    expire_at timestamp with time zone,
    expired boolean NOT NULL,
    content_type_id integer NOT NULL,
    owner_id integer,
    locked boolean NOT NULL,
    latest_revision_created_at timestamp with time zone,
    first_published_at timestamp with time zone,
    live_revision_id integer,
    last_published_at timestamp with time zone,
    draft_title character varying(255) NOT NULL,
    locked_at timestamp with time zone,
    locked_by_id integer,
    translation_key uuid NOT NULL,
    locale_id integer NOT NULL,
    alias_of_id integer,
    latest_revision_id integer,
    CONSTRAINT wagtailcore_page_depth_check CHECK ((depth >= 0)),
    CONSTRAINT wagtailcore_page_numchild_check CHECK ((numchild >= 0))
);


--
-- Name: wagtailcore_page_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_page ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_page_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_pagelogentry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_pagelogentry (
    id integer NOT NULL,
    label text NOT NULL,
    action character varying(255) NOT NULL,
    data jsonb CONSTRAINT wagtailcore_pagelogentry_data_json_not_null NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    content_changed boolean NOT NULL,
    deleted boolean NOT NULL,
    content_type_id integer,
    page_id integer NOT NULL,
    revision_id integer,
    user_id integer,
    uuid uuid
);


--
-- Name: wagtailcore_pagelogentry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_pagelogentry ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_pagelogentry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_revision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_revision (
    id integer CONSTRAINT wagtailcore_pagerevision_id_not_null NOT NULL,
    created_at timestamp with time zone CONSTRAINT wagtailcore_pagerevision_created_at_not_null NOT NULL,
    content jsonb CONSTRAINT wagtailcore_pagerevision_content_json_not_null NOT NULL,
    approved_go_live_at timestamp with time zone,
    object_id character varying(255) CONSTRAINT wagtailcore_pagerevision_page_id_not_null NOT NULL,
    user_id integer,
    content_type_id integer NOT NULL,
    base_content_type_id integer NOT NULL,
    object_str text NOT NULL
);


--
-- Name: wagtailcore_pagerevision_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_revision ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_pagerevision_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_pagesubscription; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_pagesubscription (
    id integer NOT NULL,
    comment_notifications boolean NOT NULL,
    page_id integer NOT NULL,
    user_id integer NOT NULL
);


--
-- Name: wagtailcore_pagesubscription_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_pagesubscription ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_pagesubscription_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_pageviewrestriction; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_pageviewrestriction (
    id integer NOT NULL,
    password character varying(255) NOT NULL,
    page_id integer NOT NULL,
    restriction_type character varying(20) NOT NULL
);


--
-- Name: wagtailcore_pageviewrestriction_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_pageviewrestriction_groups (
    id bigint NOT NULL,
    pageviewrestriction_id integer CONSTRAINT wagtailcore_pageviewrestriction_pageviewrestriction_id_not_null NOT NULL,
    group_id integer NOT NULL
);


--
-- Name: wagtailcore_pageviewrestriction_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_pageviewrestriction_groups ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_pageviewrestriction_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_pageviewrestriction_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_pageviewrestriction ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_pageviewrestriction_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_referenceindex; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_referenceindex (
    id integer NOT NULL,
    object_id character varying(255) NOT NULL,
    to_object_id character varying(255) NOT NULL,
    model_path text NOT NULL,
    content_path text NOT NULL,
    content_path_hash uuid NOT NULL,
    base_content_type_id integer NOT NULL,
    content_type_id integer NOT NULL,
    to_content_type_id integer NOT NULL
);


--
-- Name: wagtailcore_referenceindex_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_referenceindex ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_referenceindex_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_site; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_site (
    id integer NOT NULL,
    hostname character varying(255) NOT NULL,
    port integer NOT NULL,
    is_default_site boolean NOT NULL,
    root_page_id integer NOT NULL,
    site_name character varying(255) NOT NULL
);


--
-- Name: wagtailcore_site_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_site ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_site_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_task; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_task (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    active boolean NOT NULL,
    content_type_id integer NOT NULL
);


--
-- Name: wagtailcore_task_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_task ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_task_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_taskstate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_taskstate (
    id integer NOT NULL,
    status character varying(50) NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    content_type_id integer NOT NULL,
    revision_id integer CONSTRAINT wagtailcore_taskstate_page_revision_id_not_null NOT NULL,
    task_id integer NOT NULL,
    workflow_state_id integer NOT NULL,
    finished_by_id integer,
    comment text NOT NULL
);


--
-- Name: wagtailcore_taskstate_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_taskstate ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_taskstate_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_uploadedfile; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_uploadedfile (
    id integer NOT NULL,
    file character varying(200) NOT NULL,
    for_content_type_id integer,
    uploaded_by_user_id integer
);


--
-- Name: wagtailcore_uploadedfile_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_uploadedfile ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_uploadedfile_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_workflow; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_workflow (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    active boolean NOT NULL
);


--
-- Name: wagtailcore_workflow_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_workflow ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_workflow_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_workflowcontenttype; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_workflowcontenttype (
    content_type_id integer NOT NULL,
    workflow_id integer NOT NULL
);


--
-- Name: wagtailcore_workflowpage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_workflowpage (
    page_id integer NOT NULL,
    workflow_id integer NOT NULL
);


--
-- Name: wagtailcore_workflowstate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_workflowstate (
    id integer NOT NULL,
    status character varying(50) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    current_task_state_id integer,
    object_id character varying(255) CONSTRAINT wagtailcore_workflowstate_page_id_not_null NOT NULL,
    requested_by_id integer,
    workflow_id integer NOT NULL,
    content_type_id integer NOT NULL,
    base_content_type_id integer NOT NULL
);


--
-- Name: wagtailcore_workflowstate_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_workflowstate ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_workflowstate_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailcore_workflowtask; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailcore_workflowtask (
    id integer NOT NULL,
    sort_order integer,
    task_id integer NOT NULL,
    workflow_id integer NOT NULL
);


--
-- Name: wagtailcore_workflowtask_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailcore_workflowtask ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailcore_workflowtask_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtaildocs_document; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtaildocs_document (
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    file character varying(100) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    uploaded_by_user_id integer,
    collection_id integer NOT NULL,
    file_size bigint,
    file_hash character varying(40) NOT NULL,
    CONSTRAINT wagtaildocs_document_file_size_check CHECK ((file_size >= 0))
);


--
-- Name: wagtaildocs_document_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtaildocs_document ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtaildocs_document_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailembeds_embed; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailembeds_embed (
    id integer NOT NULL,
    url text NOT NULL,
    max_width smallint,
    type character varying(10) NOT NULL,
    html text NOT NULL,
    title text NOT NULL,
    author_name text NOT NULL,
    provider_name text NOT NULL,
    thumbnail_url text NOT NULL,
    width integer,
    height integer,
    last_updated timestamp with time zone NOT NULL,
    hash character varying(32) NOT NULL,
    cache_until timestamp with time zone
);


--
-- Name: wagtailembeds_embed_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailembeds_embed ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailembeds_embed_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailforms_formsubmission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailforms_formsubmission (
    id integer NOT NULL,
    form_data jsonb NOT NULL,
    submit_time timestamp with time zone NOT NULL,
    page_id integer NOT NULL
);


--
-- Name: wagtailforms_formsubmission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailforms_formsubmission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailforms_formsubmission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailimages_image; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailimages_image (
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    file character varying(100) NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    focal_point_x integer,
    focal_point_y integer,
    focal_point_width integer,
    focal_point_height integer,
    uploaded_by_user_id integer,
    file_size integer,
    collection_id integer NOT NULL,
    file_hash character varying(40) NOT NULL,
    description character varying(255) NOT NULL,
    CONSTRAINT wagtailimages_image_file_size_check CHECK ((file_size >= 0)),
    CONSTRAINT wagtailimages_image_focal_point_height_check CHECK ((focal_point_height >= 0)),
    CONSTRAINT wagtailimages_image_focal_point_width_check CHECK ((focal_point_width >= 0)),
    CONSTRAINT wagtailimages_image_focal_point_x_check CHECK ((focal_point_x >= 0)),
    CONSTRAINT wagtailimages_image_focal_point_y_check CHECK ((focal_point_y >= 0))
);


--
-- Name: wagtailimages_image_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailimages_image ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailimages_image_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailimages_rendition; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailimages_rendition (
    id integer NOT NULL,
    file character varying(100) NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    focal_point_key character varying(16) NOT NULL,
    filter_spec character varying(255) NOT NULL,
    image_id integer NOT NULL
);


--
-- Name: wagtailimages_rendition_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailimages_rendition ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailimages_rendition_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailredirects_redirect; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailredirects_redirect (
    id integer NOT NULL,
    old_path character varying(255) NOT NULL,
    is_permanent boolean NOT NULL,
    redirect_link character varying(255) NOT NULL,
    redirect_page_id integer,
    site_id integer,
    automatically_created boolean NOT NULL,
    created_at timestamp with time zone,
    redirect_page_route_path character varying(255) NOT NULL
);


--
-- Name: wagtailredirects_redirect_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailredirects_redirect ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailredirects_redirect_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailsearch_indexentry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailsearch_indexentry (
    id integer NOT NULL,
    object_id character varying(50) NOT NULL,
    title_norm double precision NOT NULL,
    content_type_id integer NOT NULL,
    autocomplete tsvector NOT NULL,
    title tsvector NOT NULL,
    body tsvector NOT NULL,
    title_text text NOT NULL,
    body_text text NOT NULL
);


--
-- Name: wagtailsearch_indexentry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailsearch_indexentry ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailsearch_indexentry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wagtailusers_userprofile; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wagtailusers_userprofile (
    id integer NOT NULL,
    submitted_notifications boolean NOT NULL,
    approved_notifications boolean NOT NULL,
    rejected_notifications boolean NOT NULL,
    user_id integer NOT NULL,
    preferred_language character varying(10) NOT NULL,
    current_time_zone character varying(40) NOT NULL,
    avatar character varying(100) NOT NULL,
    updated_comments_notifications boolean CONSTRAINT wagtailusers_userprofile_updated_comments_notification_not_null NOT NULL,
    dismissibles jsonb NOT NULL,
    theme character varying(40) NOT NULL,
    density character varying(40) NOT NULL,
    contrast character varying(40) NOT NULL,
    keyboard_shortcuts boolean NOT NULL
);


--
-- Name: wagtailusers_userprofile_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wagtailusers_userprofile ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.wagtailusers_userprofile_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: auth_group; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group (id, name) FROM stdin;
1	Moderatorer
2	Redaktører
\.


--
-- Data for Name: auth_group_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group_permissions (id, group_id, permission_id) FROM stdin;
1	1	1
2	1	2
3	1	3
4	2	1
5	2	2
6	2	3
7	1	4
8	2	4
9	1	5
10	2	5
11	1	8
12	1	6
13	1	7
14	2	8
15	2	6
16	2	7
17	1	9
18	2	9
\.


--
-- Data for Name: auth_permission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_permission (id, name, content_type_id, codename) FROM stdin;
1	Can add image	2	add_image
2	Can change image	2	change_image
3	Can delete image	2	delete_image
4	Can access Wagtail admin	3	access_admin
5	Can choose image	2	choose_image
6	Can add document	4	add_document
7	Can change document	4	change_document
8	Can delete document	4	delete_document
9	Can choose document	4	choose_document
10	Can add locale	6	add_locale
11	Can change locale	6	change_locale
12	Can delete locale	6	delete_locale
13	Can view locale	6	view_locale
14	Can add site	7	add_site
15	Can change site	7	change_site
16	Can delete site	7	delete_site
17	Can view site	7	view_site
18	Can add group site permission	8	add_groupsitepermission
19	Can change group site permission	8	change_groupsitepermission
20	Can delete group site permission	8	delete_groupsitepermission
21	Can view group site permission	8	view_groupsitepermission
22	Can add API token	9	add_apitoken
23	Can change API token	9	change_apitoken
24	Can delete API token	9	delete_apitoken
25	Can view API token	9	view_apitoken
26	Can add model log entry	10	add_modellogentry
27	Can change model log entry	10	change_modellogentry
28	Can delete model log entry	10	delete_modellogentry
29	Can view model log entry	10	view_modellogentry
30	Can add revision	11	add_revision
31	Can change revision	11	change_revision
32	Can delete revision	11	delete_revision
33	Can view revision	11	view_revision
34	Can add collection view restriction	12	add_collectionviewrestriction
35	Can change collection view restriction	12	change_collectionviewrestriction
36	Can delete collection view restriction	12	delete_collectionviewrestriction
37	Can view collection view restriction	12	view_collectionviewrestriction
38	Can add collection	13	add_collection
39	Can change collection	13	change_collection
40	Can delete collection	13	delete_collection
41	Can view collection	13	view_collection
42	Can add group collection permission	14	add_groupcollectionpermission
43	Can change group collection permission	14	change_groupcollectionpermission
44	Can delete group collection permission	14	delete_groupcollectionpermission
45	Can view group collection permission	14	view_groupcollectionpermission
46	Can add uploaded file	15	add_uploadedfile
47	Can change uploaded file	15	change_uploadedfile
48	Can delete uploaded file	15	delete_uploadedfile
49	Can view uploaded file	15	view_uploadedfile
50	Can add workflow content type	16	add_workflowcontenttype
51	Can change workflow content type	16	change_workflowcontenttype
52	Can delete workflow content type	16	delete_workflowcontenttype
53	Can view workflow content type	16	view_workflowcontenttype
54	Can add Workflow state	17	add_workflowstate
55	Can change Workflow state	17	change_workflowstate
56	Can delete Workflow state	17	delete_workflowstate
57	Can view Workflow state	17	view_workflowstate
58	Can add workflow	18	add_workflow
59	Can change workflow	18	change_workflow
60	Can delete workflow	18	delete_workflow
61	Can view workflow	18	view_workflow
62	Can add workflow task order	19	add_workflowtask
63	Can change workflow task order	19	change_workflowtask
64	Can delete workflow task order	19	delete_workflowtask
65	Can view workflow task order	19	view_workflowtask
66	Can add task	20	add_task
67	Can change task	20	change_task
68	Can delete task	20	delete_task
69	Can view task	20	view_task
70	Can add Group approval task	5	add_groupapprovaltask
71	Can change Group approval task	5	change_groupapprovaltask
72	Can delete Group approval task	5	delete_groupapprovaltask
73	Can view Group approval task	5	view_groupapprovaltask
74	Can add Task state	21	add_taskstate
75	Can change Task state	21	change_taskstate
76	Can delete Task state	21	delete_taskstate
77	Can view Task state	21	view_taskstate
78	Can add page	1	add_page
79	Can change page	1	change_page
80	Can delete page	1	delete_page
81	Can view page	1	view_page
82	Delete pages with children	1	bulk_delete_page
83	Lock/unlock pages you've locked	1	lock_page
84	Publish any page	1	publish_page
85	Unlock any page	1	unlock_page
86	Can add group page permission	22	add_grouppagepermission
87	Can change group page permission	22	change_grouppagepermission
88	Can delete group page permission	22	delete_grouppagepermission
89	Can view group page permission	22	view_grouppagepermission
90	Can add page view restriction	23	add_pageviewrestriction
91	Can change page view restriction	23	change_pageviewrestriction
92	Can delete page view restriction	23	delete_pageviewrestriction
93	Can view page view restriction	23	view_pageviewrestriction
94	Can add workflow page	24	add_workflowpage
95	Can change workflow page	24	change_workflowpage
96	Can delete workflow page	24	delete_workflowpage
97	Can view workflow page	24	view_workflowpage
98	Can add page log entry	25	add_pagelogentry
99	Can change page log entry	25	change_pagelogentry
100	Can delete page log entry	25	delete_pagelogentry
101	Can view page log entry	25	view_pagelogentry
102	Can add comment	26	add_comment
103	Can change comment	26	change_comment
104	Can delete comment	26	delete_comment
105	Can view comment	26	view_comment
106	Can add comment reply	27	add_commentreply
107	Can change comment reply	27	change_commentreply
108	Can delete comment reply	27	delete_commentreply
109	Can view comment reply	27	view_commentreply
110	Can add page subscription	28	add_pagesubscription
111	Can change page subscription	28	change_pagesubscription
112	Can delete page subscription	28	delete_pagesubscription
113	Can view page subscription	28	view_pagesubscription
114	Can add reference index	29	add_referenceindex
115	Can change reference index	29	change_referenceindex
116	Can delete reference index	29	delete_referenceindex
117	Can view reference index	29	view_referenceindex
118	Can add Forside	30	add_homepage
119	Can change Forside	30	change_homepage
120	Can delete Forside	30	delete_homepage
121	Can view Forside	30	view_homepage
122	Can add Oversigt over væksthuse	31	add_sectionindexpage
123	Can change Oversigt over væksthuse	31	change_sectionindexpage
124	Can delete Oversigt over væksthuse	31	delete_sectionindexpage
125	Can view Oversigt over væksthuse	31	view_sectionindexpage
126	Can add Væksthus	32	add_sectionpage
127	Can change Væksthus	32	change_sectionpage
128	Can delete Væksthus	32	delete_sectionpage
129	Can view Væksthus	32	view_sectionpage
130	Can add Standardside	33	add_standardpage
131	Can change Standardside	33	change_standardpage
132	Can delete Standardside	33	delete_standardpage
133	Can view Standardside	33	view_standardpage
134	Can add Sidens oplysninger	34	add_sitesettings
135	Can change Sidens oplysninger	34	change_sitesettings
136	Can delete Sidens oplysninger	34	delete_sitesettings
137	Can view Sidens oplysninger	34	view_sitesettings
138	Can add Tema	35	add_theme
139	Can change Tema	35	change_theme
140	Can delete Tema	35	delete_theme
141	Can view Tema	35	view_theme
142	Can add Temaoversigt	36	add_themeindexpage
143	Can change Temaoversigt	36	change_themeindexpage
144	Can delete Temaoversigt	36	delete_themeindexpage
145	Can view Temaoversigt	36	view_themeindexpage
146	Can add Kontaktside	37	add_contactpage
147	Can change Kontaktside	37	change_contactpage
148	Can delete Kontaktside	37	delete_contactpage
149	Can view Kontaktside	37	view_contactpage
150	Can add Projekt	38	add_projectpage
151	Can change Projekt	38	change_projectpage
152	Can delete Projekt	38	delete_projectpage
153	Can view Projekt	38	view_projectpage
154	Can add Artikeloversigt	39	add_articleindexpage
155	Can change Artikeloversigt	39	change_articleindexpage
156	Can delete Artikeloversigt	39	delete_articleindexpage
157	Can view Artikeloversigt	39	view_articleindexpage
158	Can add Kontaktperson	40	add_contact
159	Can change Kontaktperson	40	change_contact
160	Can delete Kontaktperson	40	delete_contact
161	Can view Kontaktperson	40	view_contact
162	Can add Projektoversigt	41	add_projectindexpage
163	Can change Projektoversigt	41	change_projectindexpage
164	Can delete Projektoversigt	41	delete_projectindexpage
165	Can view Projektoversigt	41	view_projectindexpage
166	Can add Artikel	42	add_articlepage
167	Can change Artikel	42	change_articlepage
168	Can delete Artikel	42	delete_articlepage
169	Can view Artikel	42	view_articlepage
170	Can add Idésamling	43	add_ideacollectionpage
171	Can change Idésamling	43	change_ideacollectionpage
172	Can delete Idésamling	43	delete_ideacollectionpage
173	Can view Idésamling	43	view_ideacollectionpage
174	Can add Idé	44	add_idea
175	Can change Idé	44	change_idea
176	Can delete Idé	44	delete_idea
177	Can view Idé	44	view_idea
178	Can add Forløb	45	add_programmepage
179	Can change Forløb	45	change_programmepage
180	Can delete Forløb	45	delete_programmepage
181	Can view Forløb	45	view_programmepage
182	Can add Kontaktperson	46	add_projectcontact
183	Can change Kontaktperson	46	change_projectcontact
184	Can delete Kontaktperson	46	delete_projectcontact
185	Can view Kontaktperson	46	view_projectcontact
186	Can add Partnerorganisation	47	add_projectpartner
187	Can change Partnerorganisation	47	change_projectpartner
188	Can delete Partnerorganisation	47	delete_projectpartner
189	Can view Partnerorganisation	47	view_projectpartner
190	Can add Værktøj	48	add_toolpage
191	Can change Værktøj	48	change_toolpage
192	Can delete Værktøj	48	delete_toolpage
193	Can view Værktøj	48	view_toolpage
194	Can add Oversigt over udgivelser	49	add_publicationindexpage
195	Can change Oversigt over udgivelser	49	change_publicationindexpage
196	Can delete Oversigt over udgivelser	49	delete_publicationindexpage
197	Can view Oversigt over udgivelser	49	view_publicationindexpage
198	Can add Udgivelse	50	add_publicationpage
199	Can change Udgivelse	50	change_publicationpage
200	Can delete Udgivelse	50	delete_publicationpage
201	Can view Udgivelse	50	view_publicationpage
202	Can add Oplag	51	add_printrun
203	Can change Oplag	51	change_printrun
204	Can delete Oplag	51	delete_printrun
205	Can view Oplag	51	view_printrun
206	Can add Bestilling	52	add_order
207	Can change Bestilling	52	change_order
208	Can delete Bestilling	52	delete_order
209	Can view Bestilling	52	view_order
210	Can add Bestillinger af publikationer	53	add_ordersettings
211	Can change Bestillinger af publikationer	53	change_ordersettings
212	Can delete Bestillinger af publikationer	53	delete_ordersettings
213	Can view Bestillinger af publikationer	53	view_ordersettings
214	Can add Abonnent	54	add_subscriber
215	Can change Abonnent	54	change_subscriber
216	Can delete Abonnent	54	delete_subscriber
217	Can view Abonnent	54	view_subscriber
218	Can add Samtykke	55	add_consent
219	Can change Samtykke	55	change_consent
220	Can delete Samtykke	55	delete_consent
221	Can view Samtykke	55	view_consent
222	Can add Bekræftelsesmail	56	add_confirmationrequest
223	Can change Bekræftelsesmail	56	change_confirmationrequest
224	Can delete Bekræftelsesmail	56	delete_confirmationrequest
225	Can view Bekræftelsesmail	56	view_confirmationrequest
226	Can add Nyhedsbrev	57	add_issue
227	Can change Nyhedsbrev	57	change_issue
228	Can delete Nyhedsbrev	57	delete_issue
229	Can view Nyhedsbrev	57	view_issue
230	Can add Nyhedsbrevets udsendelse	58	add_sendsettings
231	Can change Nyhedsbrevets udsendelse	58	change_sendsettings
232	Can delete Nyhedsbrevets udsendelse	58	delete_sendsettings
233	Can view Nyhedsbrevets udsendelse	58	view_sendsettings
234	Can add Punkt	59	add_issueitem
235	Can change Punkt	59	change_issueitem
236	Can delete Punkt	59	delete_issueitem
237	Can view Punkt	59	view_issueitem
238	Can add Afsendelse	60	add_delivery
239	Can change Afsendelse	60	change_delivery
240	Can delete Afsendelse	60	delete_delivery
241	Can view Afsendelse	60	view_delivery
242	Can add Hændelse fra mailudbyderen	61	add_providerevent
243	Can change Hændelse fra mailudbyderen	61	change_providerevent
244	Can delete Hændelse fra mailudbyderen	61	delete_providerevent
245	Can view Hændelse fra mailudbyderen	61	view_providerevent
246	Can add Oversigt over arrangementer	62	add_eventindexpage
247	Can change Oversigt over arrangementer	62	change_eventindexpage
248	Can delete Oversigt over arrangementer	62	delete_eventindexpage
249	Can view Oversigt over arrangementer	62	view_eventindexpage
250	Can add Arrangement	63	add_eventpage
251	Can change Arrangement	63	change_eventpage
252	Can delete Arrangement	63	delete_eventpage
253	Can view Arrangement	63	view_eventpage
254	Can add Tilmelding	64	add_registration
255	Can change Tilmelding	64	change_registration
256	Can delete Tilmelding	64	delete_registration
257	Can view Tilmelding	64	view_registration
258	Can add Oversigt over e-kurser	65	add_courseindexpage
259	Can change Oversigt over e-kurser	65	change_courseindexpage
260	Can delete Oversigt over e-kurser	65	delete_courseindexpage
261	Can view Oversigt over e-kurser	65	view_courseindexpage
262	Can add E-kursus	66	add_coursepage
263	Can change E-kursus	66	change_coursepage
264	Can delete E-kursus	66	delete_coursepage
265	Can view E-kursus	66	view_coursepage
266	Can add Lektion	67	add_lessonpage
267	Can change Lektion	67	change_lessonpage
268	Can delete Lektion	67	delete_lessonpage
269	Can view Lektion	67	view_lessonpage
270	Can add Kursusmodul	68	add_modulepage
271	Can change Kursusmodul	68	change_modulepage
272	Can delete Kursusmodul	68	delete_modulepage
273	Can view Kursusmodul	68	view_modulepage
274	Can add Kursusdeltager	69	add_participant
275	Can change Kursusdeltager	69	change_participant
276	Can delete Kursusdeltager	69	delete_participant
277	Can view Kursusdeltager	69	view_participant
278	Can add lesson progress	70	add_lessonprogress
279	Can change lesson progress	70	change_lessonprogress
280	Can delete lesson progress	70	delete_lessonprogress
281	Can view lesson progress	70	view_lessonprogress
282	Can add Ledergruppe	71	add_leadergroup
283	Can change Ledergruppe	71	change_leadergroup
284	Can delete Ledergruppe	71	delete_leadergroup
285	Can view Ledergruppe	71	view_leadergroup
286	Can add group invitation	72	add_groupinvitation
287	Can change group invitation	72	change_groupinvitation
288	Can delete group invitation	72	delete_groupinvitation
289	Can view group invitation	72	view_groupinvitation
290	Can add question result	73	add_questionresult
291	Can change question result	73	change_questionresult
292	Can delete question result	73	delete_questionresult
293	Can view question result	73	view_questionresult
294	Can add Overført optælling	74	add_rolledupbatch
295	Can change Overført optælling	74	change_rolledupbatch
296	Can delete Overført optælling	74	delete_rolledupbatch
297	Can view Overført optælling	74	view_rolledupbatch
298	Can add Læsninger pr. dag	75	add_dailyreads
299	Can change Læsninger pr. dag	75	change_dailyreads
300	Can delete Læsninger pr. dag	75	delete_dailyreads
301	Can view Læsninger pr. dag	75	view_dailyreads
302	Can add Trafik pr. dag	76	add_dailytraffic
303	Can change Trafik pr. dag	76	change_dailytraffic
304	Can delete Trafik pr. dag	76	delete_dailytraffic
305	Can view Trafik pr. dag	76	view_dailytraffic
306	Can add Kampagnebesøg pr. dag	77	add_dailycampaigns
307	Can change Kampagnebesøg pr. dag	77	change_dailycampaigns
308	Can delete Kampagnebesøg pr. dag	77	delete_dailycampaigns
309	Can view Kampagnebesøg pr. dag	77	view_dailycampaigns
310	Can add Enheder pr. dag	78	add_dailydevices
311	Can change Enheder pr. dag	78	change_dailydevices
312	Can delete Enheder pr. dag	78	delete_dailydevices
313	Can view Enheder pr. dag	78	view_dailydevices
314	Can add Henvisninger pr. dag	79	add_dailyreferrers
315	Can change Henvisninger pr. dag	79	change_dailyreferrers
316	Can delete Henvisninger pr. dag	79	delete_dailyreferrers
317	Can view Henvisninger pr. dag	79	view_dailyreferrers
318	Can add Søgninger pr. dag	80	add_dailysearches
319	Can change Søgninger pr. dag	80	change_dailysearches
320	Can delete Søgninger pr. dag	80	delete_dailysearches
321	Can view Søgninger pr. dag	80	view_dailysearches
322	Can add Læste kapitler pr. dag	81	add_dailychapters
323	Can change Læste kapitler pr. dag	81	change_dailychapters
324	Can delete Læste kapitler pr. dag	81	delete_dailychapters
325	Can view Læste kapitler pr. dag	81	view_dailychapters
326	Can add Hentninger pr. dag	82	add_dailydownloads
327	Can change Hentninger pr. dag	82	change_dailydownloads
328	Can delete Hentninger pr. dag	82	delete_dailydownloads
329	Can view Hentninger pr. dag	82	view_dailydownloads
330	Can add Sidevisninger pr. dag	83	add_dailypageviews
331	Can change Sidevisninger pr. dag	83	change_dailypageviews
332	Can delete Sidevisninger pr. dag	83	delete_dailypageviews
333	Can view Sidevisninger pr. dag	83	view_dailypageviews
334	Can add Kampagnebesøg pr. måned	84	add_monthlycampaigns
335	Can change Kampagnebesøg pr. måned	84	change_monthlycampaigns
336	Can delete Kampagnebesøg pr. måned	84	delete_monthlycampaigns
337	Can view Kampagnebesøg pr. måned	84	view_monthlycampaigns
338	Can add Henvisninger pr. måned	85	add_monthlyreferrers
339	Can change Henvisninger pr. måned	85	change_monthlyreferrers
340	Can delete Henvisninger pr. måned	85	delete_monthlyreferrers
341	Can view Henvisninger pr. måned	85	view_monthlyreferrers
342	Can add Søgninger pr. måned	86	add_monthlysearches
343	Can change Søgninger pr. måned	86	change_monthlysearches
344	Can delete Søgninger pr. måned	86	delete_monthlysearches
345	Can view Søgninger pr. måned	86	view_monthlysearches
346	Can add Hentninger pr. måned	87	add_monthlydownloads
347	Can change Hentninger pr. måned	87	change_monthlydownloads
348	Can delete Hentninger pr. måned	87	delete_monthlydownloads
349	Can view Hentninger pr. måned	87	view_monthlydownloads
350	Can add Sidevisninger pr. måned	88	add_monthlypageviews
351	Can change Sidevisninger pr. måned	88	change_monthlypageviews
352	Can delete Sidevisninger pr. måned	88	delete_monthlypageviews
353	Can view Sidevisninger pr. måned	88	view_monthlypageviews
354	Can add Omtale i medierne	89	add_mediamention
355	Can change Omtale i medierne	89	change_mediamention
356	Can delete Omtale i medierne	89	delete_mediamention
357	Can view Omtale i medierne	89	view_mediamention
358	Can add Statusnotat	90	add_statusnote
359	Can change Statusnotat	90	change_statusnote
360	Can delete Statusnotat	90	delete_statusnote
361	Can view Statusnotat	90	view_statusnote
362	Can add Antal følgere	91	add_followercount
363	Can change Antal følgere	91	change_followercount
364	Can delete Antal følgere	91	delete_followercount
365	Can view Antal følgere	91	view_followercount
366	Can add Statistik	92	add_statisticssettings
367	Can change Statistik	92	change_statisticssettings
368	Can delete Statistik	92	delete_statisticssettings
369	Can view Statistik	92	view_statisticssettings
370	Can add Ugentlig statistikmail	93	add_weeklysummary
371	Can change Ugentlig statistikmail	93	change_weeklysummary
372	Can delete Ugentlig statistikmail	93	delete_weeklysummary
373	Can view Ugentlig statistikmail	93	view_weeklysummary
374	Can add Fremmøde	94	add_eventattendance
375	Can change Fremmøde	94	change_eventattendance
376	Can delete Fremmøde	94	delete_eventattendance
377	Can view Fremmøde	94	view_eventattendance
378	Can add document text	95	add_documenttext
379	Can change document text	95	change_documenttext
380	Can delete document text	95	delete_documenttext
381	Can view document text	95	view_documenttext
382	Can add search document	96	add_searchdocument
383	Can change search document	96	change_searchdocument
384	Can delete search document	96	delete_searchdocument
385	Can view search document	96	view_searchdocument
386	Can add search word	97	add_searchword
387	Can change search word	97	change_searchword
388	Can delete search word	97	delete_searchword
389	Can view search word	97	view_searchword
390	Can add Baggrundsspørgsmål	98	add_backgroundquestion
391	Can change Baggrundsspørgsmål	98	change_backgroundquestion
392	Can delete Baggrundsspørgsmål	98	delete_backgroundquestion
393	Can view Baggrundsspørgsmål	98	view_backgroundquestion
394	Can add Spørgeundersøgelse	99	add_surveypage
395	Can change Spørgeundersøgelse	99	change_surveypage
396	Can delete Spørgeundersøgelse	99	delete_surveypage
397	Can view Spørgeundersøgelse	99	view_surveypage
398	Can add Spørgsmål	100	add_surveyquestion
399	Can change Spørgsmål	100	change_surveyquestion
400	Can delete Spørgsmål	100	delete_surveyquestion
401	Can view Spørgsmål	100	view_surveyquestion
402	Can add Invitation	101	add_invitation
403	Can change Invitation	101	change_invitation
404	Can delete Invitation	101	delete_invitation
405	Can view Invitation	101	view_invitation
406	Can add Svar	102	add_surveyresponse
407	Can change Svar	102	change_surveyresponse
408	Can delete Svar	102	delete_surveyresponse
409	Can view Svar	102	view_surveyresponse
410	Can add survey tally	103	add_surveytally
411	Can change survey tally	103	change_surveytally
412	Can delete survey tally	103	delete_surveytally
413	Can view survey tally	103	view_surveytally
414	Can add tallied key	104	add_talliedkey
415	Can change tallied key	104	change_talliedkey
416	Can delete tallied key	104	delete_talliedkey
417	Can view tallied key	104	view_talliedkey
418	Can add form submission	105	add_formsubmission
419	Can change form submission	105	change_formsubmission
420	Can delete form submission	105	delete_formsubmission
421	Can view form submission	105	view_formsubmission
422	Can add redirect	106	add_redirect
423	Can change redirect	106	change_redirect
424	Can delete redirect	106	delete_redirect
425	Can view redirect	106	view_redirect
426	Can add embed	107	add_embed
427	Can change embed	107	change_embed
428	Can delete embed	107	delete_embed
429	Can view embed	107	view_embed
430	Can add user profile	108	add_userprofile
431	Can change user profile	108	change_userprofile
432	Can delete user profile	108	delete_userprofile
433	Can view user profile	108	view_userprofile
434	Can view document	4	view_document
435	Can view image	2	view_image
436	Can add rendition	109	add_rendition
437	Can change rendition	109	change_rendition
438	Can delete rendition	109	delete_rendition
439	Can view rendition	109	view_rendition
440	Can add index entry	110	add_indexentry
441	Can change index entry	110	change_indexentry
442	Can delete index entry	110	delete_indexentry
443	Can view index entry	110	view_indexentry
444	Can add editing session	111	add_editingsession
445	Can change editing session	111	change_editingsession
446	Can delete editing session	111	delete_editingsession
447	Can view editing session	111	view_editingsession
448	Can add form state	112	add_formstate
449	Can change form state	112	change_formstate
450	Can delete form state	112	delete_formstate
451	Can view form state	112	view_formstate
452	Can add tag	113	add_tag
453	Can change tag	113	change_tag
454	Can delete tag	113	delete_tag
455	Can view tag	113	view_tag
456	Can add tagged item	114	add_taggeditem
457	Can change tagged item	114	change_taggeditem
458	Can delete tagged item	114	delete_taggeditem
459	Can view tagged item	114	view_taggeditem
460	Can add log entry	115	add_logentry
461	Can change log entry	115	change_logentry
462	Can delete log entry	115	delete_logentry
463	Can view log entry	115	view_logentry
464	Can add permission	116	add_permission
465	Can change permission	116	change_permission
466	Can delete permission	116	delete_permission
467	Can view permission	116	view_permission
468	Can add group	117	add_group
469	Can change group	117	change_group
470	Can delete group	117	delete_group
471	Can view group	117	view_group
472	Can add user	118	add_user
473	Can change user	118	change_user
474	Can delete user	118	delete_user
475	Can view user	118	view_user
476	Can add content type	119	add_contenttype
477	Can change content type	119	change_contenttype
478	Can delete content type	119	delete_contenttype
479	Can view content type	119	view_contenttype
480	Can add session	120	add_session
481	Can change session	120	change_session
482	Can delete session	120	delete_session
483	Can view session	120	view_session
484	Can add access attempt	121	add_accessattempt
485	Can change access attempt	121	change_accessattempt
486	Can delete access attempt	121	delete_accessattempt
487	Can view access attempt	121	view_accessattempt
488	Can add access log	122	add_accesslog
489	Can change access log	122	change_accesslog
490	Can delete access log	122	delete_accesslog
491	Can view access log	122	view_accesslog
492	Can add access failure	123	add_accessfailurelog
493	Can change access failure	123	change_accessfailurelog
494	Can delete access failure	123	delete_accessfailurelog
495	Can view access failure	123	view_accessfailurelog
496	Can add access attempt expiration	124	add_accessattemptexpiration
497	Can change access attempt expiration	124	change_accessattemptexpiration
498	Can delete access attempt expiration	124	delete_accessattemptexpiration
499	Can view access attempt expiration	124	view_accessattemptexpiration
\.


--
-- Data for Name: auth_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_user (id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined) FROM stdin;
\.


--
-- Data for Name: auth_user_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_user_groups (id, user_id, group_id) FROM stdin;
\.


--
-- Data for Name: auth_user_user_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_user_user_permissions (id, user_id, permission_id) FROM stdin;
\.


--
-- Data for Name: axes_accessattempt; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessattempt (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, get_data, post_data, failures_since_start) FROM stdin;
\.


--
-- Data for Name: axes_accessattemptexpiration; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessattemptexpiration (access_attempt_id, expires_at) FROM stdin;
\.


--
-- Data for Name: axes_accessfailurelog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessfailurelog (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, locked_out) FROM stdin;
\.


--
-- Data for Name: axes_accesslog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accesslog (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, logout_time, session_hash) FROM stdin;
\.


--
-- Data for Name: courses_courseindexpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.courses_courseindexpage (page_ptr_id, introduction, social_image_id) FROM stdin;
\.


--
-- Data for Name: courses_coursepage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.courses_coursepage (page_ptr_id, introduction, board, body, project_id, social_image_id) FROM stdin;
\.


--
-- Data for Name: courses_coursepage_themes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.courses_coursepage_themes (id, coursepage_id, theme_id) FROM stdin;
\.


--
-- Data for Name: courses_coursepage_vaeksthuse; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.courses_coursepage_vaeksthuse (id, coursepage_id, sectionpage_id) FROM stdin;
\.


--
-- Data for Name: courses_groupinvitation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.courses_groupinvitation (id, email, created_at, accepted_at, mailed_at, group_id, invited_by_id) FROM stdin;
\.


--
-- Data for Name: courses_leadergroup; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.courses_leadergroup (id, name, created_at, course_id, created_by_id) FROM stdin;
\.


--
-- Data for Name: courses_leadergroup_members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.courses_leadergroup_members (id, leadergroup_id, participant_id) FROM stdin;
\.


--
-- Data for Name: courses_lessonpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.courses_lessonpage (page_ptr_id, introduction, body, task_sheet_for_groups, exercise, quiz, pass_mark, social_image_id, task_sheet_id) FROM stdin;
\.


--
-- Data for Name: courses_lessonprogress; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.courses_lessonprogress (id, seen_at, exercise_text, exercise_saved_at, quiz_score, quiz_answered_at, completed_at, lesson_id, participant_id) FROM stdin;
\.


--
-- Data for Name: courses_modulepage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.courses_modulepage (page_ptr_id, introduction, body, social_image_id) FROM stdin;
\.


--
-- Data for Name: courses_participant; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.courses_participant (id, name, email, organisation, created_at, last_active_at, link_nonce, deletion_warned_at, first_course_id) FROM stdin;
\.


--
-- Data for Name: courses_questionresult; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.courses_questionresult (id, question_id, correct, lesson_id, participant_id) FROM stdin;
\.


--
-- Data for Name: django_admin_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_admin_log (id, action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id) FROM stdin;
\.


--
-- Data for Name: django_content_type; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_content_type (id, app_label, model) FROM stdin;
1	wagtailcore	page
2	wagtailimages	image
3	wagtailadmin	admin
4	wagtaildocs	document
5	wagtailcore	groupapprovaltask
6	wagtailcore	locale
7	wagtailcore	site
8	wagtailcore	groupsitepermission
9	wagtailcore	apitoken
10	wagtailcore	modellogentry
11	wagtailcore	revision
12	wagtailcore	collectionviewrestriction
13	wagtailcore	collection
14	wagtailcore	groupcollectionpermission
15	wagtailcore	uploadedfile
16	wagtailcore	workflowcontenttype
17	wagtailcore	workflowstate
18	wagtailcore	workflow
19	wagtailcore	workflowtask
20	wagtailcore	task
21	wagtailcore	taskstate
22	wagtailcore	grouppagepermission
23	wagtailcore	pageviewrestriction
24	wagtailcore	workflowpage
25	wagtailcore	pagelogentry
26	wagtailcore	comment
27	wagtailcore	commentreply
28	wagtailcore	pagesubscription
29	wagtailcore	referenceindex
30	lederweb	homepage
31	lederweb	sectionindexpage
32	lederweb	sectionpage
33	lederweb	standardpage
34	lederweb	sitesettings
35	lederweb	theme
36	lederweb	themeindexpage
37	lederweb	contactpage
38	projects	projectpage
39	projects	articleindexpage
40	projects	contact
41	projects	projectindexpage
42	projects	articlepage
43	projects	ideacollectionpage
44	projects	idea
45	projects	programmepage
46	projects	projectcontact
47	projects	projectpartner
48	projects	toolpage
49	publications	publicationindexpage
50	publications	publicationpage
51	publications	printrun
52	publications	order
53	publications	ordersettings
54	newsletter	subscriber
55	newsletter	consent
56	newsletter	confirmationrequest
57	newsletter	issue
58	newsletter	sendsettings
59	newsletter	issueitem
60	newsletter	delivery
61	newsletter	providerevent
62	events	eventindexpage
63	events	eventpage
64	events	registration
65	courses	courseindexpage
66	courses	coursepage
67	courses	lessonpage
68	courses	modulepage
69	courses	participant
70	courses	lessonprogress
71	courses	leadergroup
72	courses	groupinvitation
73	courses	questionresult
74	stats	rolledupbatch
75	stats	dailyreads
76	stats	dailytraffic
77	stats	dailycampaigns
78	stats	dailydevices
79	stats	dailyreferrers
80	stats	dailysearches
81	stats	dailychapters
82	stats	dailydownloads
83	stats	dailypageviews
84	stats	monthlycampaigns
85	stats	monthlyreferrers
86	stats	monthlysearches
87	stats	monthlydownloads
88	stats	monthlypageviews
89	reports	mediamention
90	reports	statusnote
91	reports	followercount
92	reports	statisticssettings
93	reports	weeklysummary
94	reports	eventattendance
95	sitesearch	documenttext
96	sitesearch	searchdocument
97	sitesearch	searchword
98	surveys	backgroundquestion
99	surveys	surveypage
100	surveys	surveyquestion
101	surveys	invitation
102	surveys	surveyresponse
103	surveys	surveytally
104	surveys	talliedkey
105	wagtailforms	formsubmission
106	wagtailredirects	redirect
107	wagtailembeds	embed
108	wagtailusers	userprofile
109	wagtailimages	rendition
110	wagtailsearch	indexentry
111	wagtailadmin	editingsession
112	wagtailadmin	formstate
113	taggit	tag
114	taggit	taggeditem
115	admin	logentry
116	auth	permission
117	auth	group
118	auth	user
119	contenttypes	contenttype
120	sessions	session
121	axes	accessattempt
122	axes	accesslog
123	axes	accessfailurelog
124	axes	accessattemptexpiration
\.


--
-- Data for Name: django_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_migrations (id, app, name, applied) FROM stdin;
1	contenttypes	0001_initial	2026-11-30 19:36:26.464837+00
2	auth	0001_initial	2026-11-30 19:36:26.51123+00
3	admin	0001_initial	2026-11-30 19:36:26.527303+00
4	admin	0002_logentry_remove_auto_add	2026-11-30 19:36:26.535806+00
5	admin	0003_logentry_add_action_flag_choices	2026-11-30 19:36:26.543075+00
6	contenttypes	0002_remove_content_type_name	2026-11-30 19:36:26.562325+00
7	auth	0002_alter_permission_name_max_length	2026-11-30 19:36:26.572101+00
8	auth	0003_alter_user_email_max_length	2026-11-30 19:36:26.584155+00
9	auth	0004_alter_user_username_opts	2026-11-30 19:36:26.588196+00
10	auth	0005_alter_user_last_login_null	2026-11-30 19:36:26.598923+00
11	auth	0006_require_contenttypes_0002	2026-11-30 19:36:26.600116+00
12	auth	0007_alter_validators_add_error_messages	2026-11-30 19:36:26.609929+00
13	auth	0008_alter_user_username_max_length	2026-11-30 19:36:26.624975+00
14	auth	0009_alter_user_last_name_max_length	2026-11-30 19:36:26.636377+00
15	auth	0010_alter_group_name_max_length	2026-11-30 19:36:26.648817+00
16	auth	0011_update_proxy_permissions	2026-11-30 19:36:26.654702+00
17	auth	0012_alter_user_first_name_max_length	2026-11-30 19:36:26.666375+00
18	axes	0001_initial	2026-11-30 19:36:26.677222+00
19	axes	0002_auto_20151217_2044	2026-11-30 19:36:26.69985+00
20	axes	0003_auto_20160322_0929	2026-11-30 19:36:26.710654+00
21	axes	0004_auto_20181024_1538	2026-11-30 19:36:26.724869+00
22	axes	0005_remove_accessattempt_trusted	2026-11-30 19:36:26.730219+00
23	axes	0006_remove_accesslog_trusted	2026-11-30 19:36:26.733545+00
24	axes	0007_alter_accessattempt_unique_together	2026-11-30 19:36:26.750338+00
25	axes	0008_accessfailurelog	2026-11-30 19:36:26.76723+00
26	axes	0009_add_session_hash	2026-11-30 19:36:26.772497+00
27	axes	0010_accessattemptexpiration	2026-11-30 19:36:26.780718+00
28	wagtailcore	0001_initial	2026-11-30 19:36:26.945128+00
29	wagtailcore	0002_initial_data	2026-11-30 19:36:26.946038+00
30	wagtailcore	0003_add_uniqueness_constraint_on_group_page_permission	2026-11-30 19:36:26.94705+00
31	wagtailcore	0004_page_locked	2026-11-30 19:36:26.947881+00
32	wagtailcore	0005_add_page_lock_permission_to_moderators	2026-11-30 19:36:26.952056+00
33	wagtailcore	0006_add_lock_page_permission	2026-11-30 19:36:26.953405+00
34	wagtailcore	0007_page_latest_revision_created_at	2026-11-30 19:36:26.954412+00
35	wagtailcore	0008_populate_latest_revision_created_at	2026-11-30 19:36:26.955314+00
36	wagtailcore	0009_remove_auto_now_add_from_pagerevision_created_at	2026-11-30 19:36:26.955596+00
37	wagtailcore	0010_change_page_owner_to_null_on_delete	2026-11-30 19:36:26.955897+00
38	wagtailcore	0011_page_first_published_at	2026-11-30 19:36:26.963956+00
39	wagtailcore	0012_extend_page_slug_field	2026-11-30 19:36:26.964514+00
40	wagtailcore	0013_update_golive_expire_help_text	2026-11-30 19:36:26.964819+00
41	wagtailcore	0014_add_verbose_name	2026-11-30 19:36:26.965092+00
42	wagtailcore	0015_add_more_verbose_names	2026-11-30 19:36:26.965369+00
43	wagtailcore	0016_change_page_url_path_to_text_field	2026-11-30 19:36:26.965652+00
44	wagtailcore	0017_change_edit_page_permission_description	2026-11-30 19:36:27.106804+00
45	wagtailcore	0018_pagerevision_submitted_for_moderation_index	2026-11-30 19:36:27.115519+00
46	wagtailcore	0019_verbose_names_cleanup	2026-11-30 19:36:27.147169+00
47	wagtailcore	0020_add_index_on_page_first_published_at	2026-11-30 19:36:27.156576+00
48	wagtailcore	0021_capitalizeverbose	2026-11-30 19:36:27.455128+00
49	wagtailcore	0022_add_site_name	2026-11-30 19:36:27.469625+00
50	wagtailcore	0023_alter_page_revision_on_delete_behaviour	2026-11-30 19:36:27.481928+00
51	wagtailcore	0024_collection	2026-11-30 19:36:27.496015+00
52	wagtailcore	0025_collection_initial_data	2026-11-30 19:36:27.519748+00
53	wagtailcore	0026_group_collection_permission	2026-11-30 19:36:27.554616+00
54	taggit	0001_initial	2026-11-30 19:36:27.582019+00
55	wagtailimages	0001_initial	2026-11-30 19:36:27.713954+00
56	wagtailimages	0002_initial_data	2026-11-30 19:36:27.715851+00
57	wagtailimages	0003_fix_focal_point_fields	2026-11-30 19:36:27.716557+00
58	wagtailimages	0004_make_focal_point_key_not_nullable	2026-11-30 19:36:27.716836+00
59	wagtailimages	0005_make_filter_spec_unique	2026-11-30 19:36:27.717404+00
60	wagtailimages	0006_add_verbose_names	2026-11-30 19:36:27.719827+00
61	wagtailimages	0007_image_file_size	2026-11-30 19:36:27.723951+00
62	wagtailimages	0008_image_created_at_index	2026-11-30 19:36:27.724224+00
63	wagtailimages	0009_capitalizeverbose	2026-11-30 19:36:27.724463+00
64	wagtailimages	0010_change_on_delete_behaviour	2026-11-30 19:36:27.724692+00
65	wagtailimages	0011_image_collection	2026-11-30 19:36:27.724918+00
66	wagtailimages	0012_copy_image_permissions_to_collections	2026-11-30 19:36:27.725149+00
67	wagtailimages	0013_make_rendition_upload_callable	2026-11-30 19:36:27.725377+00
68	wagtailimages	0014_add_filter_spec_field	2026-11-30 19:36:27.725593+00
69	wagtailimages	0015_fill_filter_spec_field	2026-11-30 19:36:27.725804+00
70	wagtailimages	0016_deprecate_rendition_filter_relation	2026-11-30 19:36:27.726026+00
71	wagtailimages	0017_reduce_focal_point_key_max_length	2026-11-30 19:36:27.726257+00
72	wagtailimages	0018_remove_rendition_filter	2026-11-30 19:36:27.726492+00
73	wagtailimages	0019_delete_filter	2026-11-30 19:36:27.727819+00
74	wagtailimages	0020_add-verbose-name	2026-11-30 19:36:27.728086+00
75	wagtailimages	0021_image_file_hash	2026-11-30 19:36:27.728325+00
76	wagtailimages	0022_uploadedimage	2026-11-30 19:36:27.755429+00
77	wagtailadmin	0001_create_admin_access_permissions	2026-11-30 19:36:27.779225+00
78	wagtailimages	0023_add_choose_permissions	2026-11-30 19:36:27.817757+00
79	wagtailimages	0024_index_image_file_hash	2026-11-30 19:36:27.82884+00
80	wagtailimages	0025_alter_image_file_alter_rendition_file	2026-11-30 19:36:27.852707+00
81	wagtailimages	0026_delete_uploadedimage	2026-11-30 19:36:27.856734+00
82	wagtailimages	0027_image_description	2026-11-30 19:36:27.880261+00
83	wagtaildocs	0001_initial	2026-11-30 19:36:27.90488+00
84	wagtaildocs	0002_initial_data	2026-11-30 19:36:27.938001+00
85	wagtaildocs	0003_add_verbose_names	2026-11-30 19:36:27.986244+00
86	wagtaildocs	0004_capitalizeverbose	2026-11-30 19:36:28.109085+00
87	wagtaildocs	0005_document_collection	2026-11-30 19:36:28.129885+00
88	wagtaildocs	0006_copy_document_permissions_to_collections	2026-11-30 19:36:28.147592+00
89	wagtaildocs	0005_alter_uploaded_by_user_on_delete_action	2026-11-30 19:36:28.161128+00
90	wagtaildocs	0007_merge	2026-11-30 19:36:28.161624+00
91	wagtaildocs	0008_document_file_size	2026-11-30 19:36:28.174648+00
92	wagtaildocs	0009_document_verbose_name_plural	2026-11-30 19:36:28.18379+00
93	wagtaildocs	0010_document_file_hash	2026-11-30 19:36:28.194499+00
94	wagtaildocs	0011_add_choose_permissions	2026-11-30 19:36:28.241441+00
95	wagtaildocs	0012_uploadeddocument	2026-11-30 19:36:28.259447+00
96	wagtaildocs	0013_delete_uploadeddocument	2026-11-30 19:36:28.260731+00
97	wagtaildocs	0014_alter_document_file_size	2026-11-30 19:36:28.275894+00
98	wagtailcore	0027_fix_collection_path_collation	2026-11-30 19:36:28.296263+00
99	wagtailcore	0024_alter_page_content_type_on_delete_behaviour	2026-11-30 19:36:28.3101+00
100	wagtailcore	0028_merge	2026-11-30 19:36:28.310675+00
101	wagtailcore	0029_unicode_slugfield_dj19	2026-11-30 19:36:28.325618+00
102	wagtailcore	0030_index_on_pagerevision_created_at	2026-11-30 19:36:28.350649+00
103	wagtailcore	0031_add_page_view_restriction_types	2026-11-30 19:36:28.41964+00
104	wagtailcore	0032_add_bulk_delete_page_permission	2026-11-30 19:36:28.437169+00
105	wagtailcore	0033_remove_golive_expiry_help_text	2026-11-30 19:36:28.760499+00
106	wagtailcore	0034_page_live_revision	2026-11-30 19:36:28.785949+00
107	wagtailcore	0035_page_last_published_at	2026-11-30 19:36:28.805206+00
108	wagtailcore	0036_populate_page_last_published_at	2026-11-30 19:36:28.82844+00
109	wagtailcore	0037_set_page_owner_editable	2026-11-30 19:36:28.847533+00
110	wagtailcore	0038_make_first_published_at_editable	2026-11-30 19:36:28.867304+00
111	wagtailcore	0039_collectionviewrestriction	2026-11-30 19:36:28.899438+00
112	wagtailcore	0040_page_draft_title	2026-11-30 19:36:28.920034+00
113	wagtailcore	0041_group_collection_permissions_verbose_name_plural	2026-11-30 19:36:28.926852+00
114	wagtailcore	0042_index_on_pagerevision_approved_go_live_at	2026-11-30 19:36:28.93645+00
115	wagtailcore	0043_lock_fields	2026-11-30 19:36:28.959507+00
116	wagtailcore	0044_add_unlock_grouppagepermission	2026-11-30 19:36:28.966836+00
117	wagtailcore	0045_assign_unlock_grouppagepermission	2026-11-30 19:36:28.981315+00
118	wagtailcore	0046_site_name_remove_null	2026-11-30 19:36:28.988015+00
119	wagtailcore	0047_add_workflow_models	2026-11-30 19:36:29.181677+00
120	wagtailcore	0048_add_default_workflows	2026-11-30 19:36:29.22198+00
121	wagtailcore	0049_taskstate_finished_by	2026-11-30 19:36:29.257474+00
122	wagtailcore	0050_workflow_rejected_to_needs_changes	2026-11-30 19:36:29.323893+00
123	wagtailcore	0051_taskstate_comment	2026-11-30 19:36:29.349364+00
124	wagtailcore	0052_pagelogentry	2026-11-30 19:36:29.384928+00
125	wagtailcore	0053_locale_model	2026-11-30 19:36:29.389253+00
126	wagtailcore	0054_initial_locale	2026-11-30 19:36:29.408181+00
127	wagtailcore	0055_page_locale_fields	2026-11-30 19:36:29.667284+00
128	wagtailcore	0056_page_locale_fields_populate	2026-11-30 19:36:29.690026+00
129	wagtailcore	0057_page_locale_fields_notnull	2026-11-30 19:36:29.736023+00
130	wagtailcore	0058_page_alias_of	2026-11-30 19:36:29.770765+00
131	wagtailcore	0059_apply_collection_ordering	2026-11-30 19:36:29.809771+00
132	wagtailcore	0060_fix_workflow_unique_constraint	2026-11-30 19:36:29.859039+00
133	wagtailcore	0061_change_promote_tab_helpt_text_and_verbose_names	2026-11-30 19:36:29.882073+00
134	wagtailcore	0062_comment_models_and_pagesubscription	2026-11-30 19:36:29.962412+00
135	wagtailcore	0063_modellogentry	2026-11-30 19:36:30.008707+00
136	wagtailcore	0064_log_timestamp_indexes	2026-11-30 19:36:30.069759+00
137	wagtailcore	0065_log_entry_uuid	2026-11-30 19:36:30.124157+00
138	wagtailcore	0066_collection_management_permissions	2026-11-30 19:36:30.143815+00
139	wagtailcore	0067_alter_pagerevision_content_json	2026-11-30 19:36:30.181227+00
140	wagtailcore	0068_log_entry_empty_object	2026-11-30 19:36:30.200701+00
141	wagtailcore	0069_log_entry_jsonfield	2026-11-30 19:36:30.260746+00
142	wagtailcore	0070_rename_pagerevision_revision	2026-11-30 19:36:30.86503+00
143	wagtailcore	0071_populate_revision_content_type	2026-11-30 19:36:30.9172+00
144	wagtailcore	0072_alter_revision_content_type_notnull	2026-11-30 19:36:31.00248+00
145	wagtailcore	0073_page_latest_revision	2026-11-30 19:36:31.034042+00
146	wagtailcore	0074_revision_object_str	2026-11-30 19:36:31.047309+00
147	wagtailcore	0075_populate_latest_revision_and_revision_object_str	2026-11-30 19:36:31.083757+00
148	wagtailcore	0076_modellogentry_revision	2026-11-30 19:36:31.106088+00
149	wagtailcore	0077_alter_revision_user	2026-11-30 19:36:31.141813+00
150	wagtailcore	0078_referenceindex	2026-11-30 19:36:31.194349+00
151	wagtailcore	0079_rename_taskstate_page_revision	2026-11-30 19:36:31.225572+00
152	wagtailcore	0080_generic_workflowstate	2026-11-30 19:36:31.481702+00
153	wagtailcore	0081_populate_workflowstate_content_type	2026-11-30 19:36:31.529914+00
154	wagtailcore	0082_alter_workflowstate_content_type_notnull	2026-11-30 19:36:31.83589+00
155	wagtailcore	0083_workflowcontenttype	2026-11-30 19:36:31.856571+00
156	wagtailcore	0084_add_default_page_permissions	2026-11-30 19:36:31.871134+00
157	wagtailcore	0085_add_grouppagepermission_permission	2026-11-30 19:36:31.941381+00
158	wagtailcore	0086_populate_grouppagepermission_permission	2026-11-30 19:36:31.993649+00
159	wagtailcore	0087_alter_grouppagepermission_unique_together_and_more	2026-11-30 19:36:32.060349+00
160	wagtailcore	0088_fix_log_entry_json_timestamps	2026-11-30 19:36:32.125059+00
161	wagtailcore	0089_log_entry_data_json_null_to_object	2026-11-30 19:36:32.144143+00
162	wagtailcore	0090_remove_grouppagepermission_permission_type	2026-11-30 19:36:32.238483+00
163	wagtailcore	0091_remove_revision_submitted_for_moderation	2026-11-30 19:36:32.25183+00
164	wagtailcore	0092_alter_collectionviewrestriction_password_and_more	2026-11-30 19:36:32.293563+00
165	wagtailcore	0093_uploadedfile	2026-11-30 19:36:32.349151+00
166	wagtailcore	0094_alter_page_locale	2026-11-30 19:36:32.369642+00
167	wagtailcore	0095_groupsitepermission	2026-11-30 19:36:32.394006+00
168	wagtailcore	0096_referenceindex_referenceindex_source_object_and_more	2026-11-30 19:36:32.422726+00
169	wagtailcore	0097_baselogentry_uuid_action_timestamp_indexes	2026-11-30 19:36:32.486199+00
170	wagtailcore	0098_apitoken	2026-11-30 19:36:32.792323+00
171	lederweb	0001_initial	2026-11-30 19:36:32.969771+00
172	lederweb	0002_theme	2026-11-30 19:36:32.97873+00
173	projects	0001_initial	2026-11-30 19:36:33.017988+00
174	projects	0002_articleindexpage_contact_projectindexpage_and_more	2026-11-30 19:36:33.813827+00
175	projects	0003_social_images	2026-11-30 19:36:34.20404+00
176	lederweb	0003_social_images	2026-11-30 19:36:34.836644+00
177	lederweb	0004_themeindexpage	2026-11-30 19:36:34.902754+00
178	lederweb	0005_danish_names_of_wagtail_defaults	2026-11-30 19:36:34.979959+00
179	lederweb	0006_contactpage	2026-11-30 19:36:35.052761+00
180	courses	0001_initial	2026-11-30 19:36:36.0348+00
181	events	0001_initial	2026-11-30 19:36:36.227917+00
182	events	0002_social_images	2026-11-30 19:36:36.418083+00
183	events	0003_registration_confirmed_by_address	2026-11-30 19:36:36.481958+00
184	lederweb	0007_homepage_featured_page	2026-11-30 19:36:36.587921+00
185	newsletter	0001_initial	2026-11-30 19:36:37.269342+00
186	newsletter	0002_issue_sendsettings_issueitem_delivery	2026-11-30 19:36:37.44652+00
187	newsletter	0003_provider_event_and_stopped_status	2026-11-30 19:36:37.604642+00
188	newsletter	0004_issue_repeated_chunk_errors	2026-11-30 19:36:37.618593+00
189	newsletter	0005_send_settings_compose_ahead	2026-11-30 19:36:37.629558+00
190	newsletter	0006_confirmation_request_preferences_link	2026-11-30 19:36:37.635517+00
191	newsletter	0007_confirmation_request_welcome	2026-11-30 19:36:37.643395+00
192	publications	0001_initial	2026-11-30 19:36:38.275209+00
193	publications	0002_social_images	2026-11-30 19:36:38.440375+00
194	publications	0003_order_number_shipped_notice_order_settings	2026-11-30 19:36:38.697247+00
195	publications	0004_help_text_quotation_marks	2026-11-30 19:36:38.735428+00
196	publications	0005_order_confirmed_by_address	2026-11-30 19:36:39.165205+00
197	reports	0001_initial	2026-11-30 19:36:39.177185+00
198	reports	0002_weekly_summary	2026-11-30 19:36:39.186802+00
199	reports	0003_event_attendance	2026-11-30 19:36:39.278735+00
200	sessions	0001_initial	2026-11-30 19:36:39.283345+00
201	sitesearch	0001_initial	2026-11-30 19:36:39.465538+00
202	sitesearch	0002_documenttext_failure	2026-11-30 19:36:39.480857+00
203	stats	0001_initial	2026-11-30 19:36:39.611985+00
204	stats	0002_traffic	2026-11-30 19:36:40.261719+00
205	stats	0003_monthly_rows	2026-11-30 19:36:40.556654+00
206	surveys	0001_initial	2026-11-30 19:36:41.255217+00
207	surveys	0002_invitation_claimed_at	2026-11-30 19:36:41.27515+00
208	surveys	0003_tally	2026-11-30 19:36:41.453494+00
209	surveys	0004_tally_triggers	2026-11-30 19:36:41.61222+00
210	taggit	0002_auto_20150616_2121	2026-11-30 19:36:41.644764+00
211	taggit	0003_taggeditem_add_unique_index	2026-11-30 19:36:41.677275+00
212	taggit	0004_alter_taggeditem_content_type_alter_taggeditem_tag	2026-11-30 19:36:41.833056+00
213	taggit	0005_auto_20220424_2025	2026-11-30 19:36:41.943377+00
214	taggit	0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx	2026-11-30 19:36:42.362399+00
215	wagtailadmin	0002_admin	2026-11-30 19:36:42.364647+00
216	wagtailadmin	0003_admin_managed	2026-11-30 19:36:42.368836+00
217	wagtailadmin	0004_editingsession	2026-11-30 19:36:42.446563+00
218	wagtailadmin	0005_editingsession_is_editing	2026-11-30 19:36:42.468817+00
219	wagtailadmin	0006_formstate	2026-11-30 19:36:42.547239+00
220	wagtailembeds	0001_initial	2026-11-30 19:36:42.556846+00
221	wagtailembeds	0002_add_verbose_names	2026-11-30 19:36:42.560725+00
222	wagtailembeds	0003_capitalizeverbose	2026-11-30 19:36:42.566365+00
223	wagtailembeds	0004_embed_verbose_name_plural	2026-11-30 19:36:42.570312+00
224	wagtailembeds	0005_specify_thumbnail_url_max_length	2026-11-30 19:36:42.574692+00
225	wagtailembeds	0006_add_embed_hash	2026-11-30 19:36:42.579233+00
226	wagtailembeds	0007_populate_hash	2026-11-30 19:36:42.713492+00
227	wagtailembeds	0008_allow_long_urls	2026-11-30 19:36:42.753249+00
228	wagtailembeds	0009_embed_cache_until	2026-11-30 19:36:42.75958+00
229	wagtailforms	0001_initial	2026-11-30 19:36:42.836813+00
230	wagtailforms	0002_add_verbose_names	2026-11-30 19:36:42.914078+00
231	wagtailforms	0003_capitalizeverbose	2026-11-30 19:36:43.282887+00
232	wagtailforms	0004_add_verbose_name_plural	2026-11-30 19:36:43.336194+00
233	wagtailforms	0005_alter_formsubmission_form_data	2026-11-30 19:36:43.405264+00
234	wagtailredirects	0001_initial	2026-11-30 19:36:43.490071+00
235	wagtailredirects	0002_add_verbose_names	2026-11-30 19:36:43.654238+00
236	wagtailredirects	0003_make_site_field_editable	2026-11-30 19:36:43.736649+00
237	wagtailredirects	0004_set_unique_on_path_and_site	2026-11-30 19:36:43.81586+00
238	wagtailredirects	0005_capitalizeverbose	2026-11-30 19:36:44.392526+00
239	wagtailredirects	0006_redirect_increase_max_length	2026-11-30 19:36:44.437165+00
240	wagtailredirects	0007_add_autocreate_fields	2026-11-30 19:36:44.603991+00
241	wagtailredirects	0008_add_verbose_name_plural	2026-11-30 19:36:44.667232+00
242	wagtailsearch	0001_initial	2026-11-30 19:36:45.254655+00
243	wagtailsearch	0002_add_verbose_names	2026-11-30 19:36:45.431792+00
244	wagtailsearch	0003_remove_editors_pick	2026-11-30 19:36:45.432836+00
245	wagtailsearch	0004_querydailyhits_verbose_name_plural	2026-11-30 19:36:45.437814+00
246	wagtailsearch	0005_create_indexentry	2026-11-30 19:36:45.525205+00
247	wagtailsearch	0006_customise_indexentry	2026-11-30 19:36:45.640902+00
248	wagtailsearch	0007_delete_editorspick	2026-11-30 19:36:45.646364+00
249	wagtailsearch	0008_remove_query_and_querydailyhits_models	2026-11-30 19:36:45.662711+00
250	wagtailsearch	0009_remove_ngram_autocomplete	2026-11-30 19:36:45.664291+00
251	wagtailsearch	0010_add_text_fields	2026-11-30 19:36:45.709296+00
252	wagtailusers	0001_initial	2026-11-30 19:36:45.818609+00
253	wagtailusers	0002_add_verbose_name_on_userprofile	2026-11-30 19:36:46.105594+00
254	wagtailusers	0003_add_verbose_names	2026-11-30 19:36:46.124969+00
255	wagtailusers	0004_capitalizeverbose	2026-11-30 19:36:46.231373+00
256	wagtailusers	0005_make_related_name_wagtail_specific	2026-11-30 19:36:46.365985+00
257	wagtailusers	0006_userprofile_prefered_language	2026-11-30 19:36:46.40141+00
258	wagtailusers	0007_userprofile_current_time_zone	2026-11-30 19:36:46.426386+00
259	wagtailusers	0008_userprofile_avatar	2026-11-30 19:36:46.474408+00
260	wagtailusers	0009_userprofile_verbose_name_plural	2026-11-30 19:36:46.513481+00
261	wagtailusers	0010_userprofile_updated_comments_notifications	2026-11-30 19:36:46.559833+00
262	wagtailusers	0011_userprofile_dismissibles	2026-11-30 19:36:46.599177+00
263	wagtailusers	0012_userprofile_theme	2026-11-30 19:36:46.643134+00
264	wagtailusers	0013_userprofile_density	2026-11-30 19:36:46.668327+00
265	wagtailusers	0014_userprofile_contrast	2026-11-30 19:36:46.690155+00
266	wagtailusers	0015_userprofile_keyboard_shortcuts	2026-11-30 19:36:46.713489+00
267	wagtailimages	0001_squashed_0021	2026-11-30 19:36:46.716701+00
268	wagtailcore	0001_squashed_0016_change_page_url_path_to_text_field	2026-11-30 19:36:46.717084+00
\.


--
-- Data for Name: django_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_session (session_key, session_data, expire_date) FROM stdin;
\.


--
-- Data for Name: events_eventindexpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.events_eventindexpage (page_ptr_id, introduction, social_image_id) FROM stdin;
\.


--
-- Data for Name: events_eventpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.events_eventpage (page_ptr_id, introduction, board, start, "end", venue_name, venue_address, body, capacity, registration_deadline, report, project_id, social_image_id) FROM stdin;
\.


--
-- Data for Name: events_eventpage_themes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.events_eventpage_themes (id, eventpage_id, theme_id) FROM stdin;
\.


--
-- Data for Name: events_eventpage_vaeksthuse; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.events_eventpage_vaeksthuse (id, eventpage_id, sectionpage_id) FROM stdin;
\.


--
-- Data for Name: events_registration; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.events_registration (id, name, organisation, email, note, status, created_at, confirmation_sent_at, notified_status, event_id, held_until) FROM stdin;
\.


--
-- Data for Name: lederweb_contactpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.lederweb_contactpage (page_ptr_id, introduction, body, social_image_id) FROM stdin;
\.


--
-- Data for Name: lederweb_homepage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.lederweb_homepage (page_ptr_id, introduction, body, social_image_id, featured_page_id) FROM stdin;
\.


--
-- Data for Name: lederweb_sectionindexpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.lederweb_sectionindexpage (page_ptr_id, introduction, social_image_id) FROM stdin;
\.


--
-- Data for Name: lederweb_sectionpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.lederweb_sectionpage (page_ptr_id, introduction, number, audience, body, social_image_id) FROM stdin;
\.


--
-- Data for Name: lederweb_sitesettings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.lederweb_sitesettings (id, organisation, address, email, phone, footer_text, site_id, share_image_id) FROM stdin;
\.


--
-- Data for Name: lederweb_standardpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.lederweb_standardpage (page_ptr_id, introduction, body, social_image_id) FROM stdin;
\.


--
-- Data for Name: lederweb_theme; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.lederweb_theme (id, name, slug, description) FROM stdin;
\.


--
-- Data for Name: lederweb_themeindexpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.lederweb_themeindexpage (page_ptr_id, introduction, social_image_id) FROM stdin;
\.


--
-- Data for Name: newsletter_confirmationrequest; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.newsletter_confirmationrequest (id, kind, token, created_at, enqueued_at, sent_at, used_at, consent_id, subscriber_id) FROM stdin;
\.


--
-- Data for Name: newsletter_consent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.newsletter_consent (id, text, version, source, given_at, confirmed_at, withdrawn_at, subscriber_id) FROM stdin;
\.


--
-- Data for Name: newsletter_delivery; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.newsletter_delivery (id, status, attempts, claimed_at, next_attempt_at, sent_at, error, subscriber_id, issue_id) FROM stdin;
\.


--
-- Data for Name: newsletter_issue; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.newsletter_issue (id, subject, intro, status, scheduled_at, slot, covers_until, created_at, started_at, finished_at, progress_at, pause_reason, error_count, last_error, editors_notified_at) FROM stdin;
\.


--
-- Data for Name: newsletter_issueitem; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.newsletter_issueitem (id, sort_order, issue_id, page_id) FROM stdin;
\.


--
-- Data for Name: newsletter_providerevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.newsletter_providerevent (id, esp_name, event_type, event_id, recipient, description, occurred_at, received_at, payload, subscriber_id) FROM stdin;
\.


--
-- Data for Name: newsletter_sendsettings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.newsletter_sendsettings (id, weekday, send_time, rate_per_second, error_pause_percent, compose_days_before, compose_time) FROM stdin;
\.


--
-- Data for Name: newsletter_subscriber; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.newsletter_subscriber (id, email, email_hash, status, token, created_at, confirmed_at, unsubscribed_at) FROM stdin;
\.


--
-- Data for Name: newsletter_subscriber_sections; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.newsletter_subscriber_sections (id, subscriber_id, sectionpage_id) FROM stdin;
\.


--
-- Data for Name: projects_articleindexpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_articleindexpage (page_ptr_id, introduction, social_image_id) FROM stdin;
\.


--
-- Data for Name: projects_articlepage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_articlepage (page_ptr_id, introduction, board, date, body, author_name, author_role, reading_minutes, image_id, project_id, author_id, social_image_id) FROM stdin;
\.


--
-- Data for Name: projects_articlepage_themes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_articlepage_themes (id, articlepage_id, theme_id) FROM stdin;
\.


--
-- Data for Name: projects_articlepage_vaeksthuse; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_articlepage_vaeksthuse (id, articlepage_id, sectionpage_id) FROM stdin;
\.


--
-- Data for Name: projects_contact; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_contact (id, name, role, organisation, email, phone) FROM stdin;
\.


--
-- Data for Name: projects_idea; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_idea (id, sort_order, title, kind, video_url, text, image_id, page_id) FROM stdin;
\.


--
-- Data for Name: projects_ideacollectionpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_ideacollectionpage (page_ptr_id, introduction, body, project_id, social_image_id) FROM stdin;
\.


--
-- Data for Name: projects_programmepage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_programmepage (page_ptr_id, introduction, body, audience, course, participants, municipalities, participant_note, evaluation, project_id, social_image_id) FROM stdin;
\.


--
-- Data for Name: projects_projectcontact; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_projectcontact (id, sort_order, contact_id, page_id) FROM stdin;
\.


--
-- Data for Name: projects_projectindexpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_projectindexpage (page_ptr_id, introduction, social_image_id) FROM stdin;
\.


--
-- Data for Name: projects_projectpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_projectpage (page_ptr_id, introduction, board, body, end_date, start_date, status, social_image_id) FROM stdin;
\.


--
-- Data for Name: projects_projectpage_themes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_projectpage_themes (id, projectpage_id, theme_id) FROM stdin;
\.


--
-- Data for Name: projects_projectpage_vaeksthuse; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_projectpage_vaeksthuse (id, projectpage_id, sectionpage_id) FROM stdin;
\.


--
-- Data for Name: projects_projectpartner; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_projectpartner (id, sort_order, name, url, page_id) FROM stdin;
\.


--
-- Data for Name: projects_toolpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.projects_toolpage (page_ptr_id, introduction, body, videos, task_sheets, project_id, social_image_id) FROM stdin;
\.


--
-- Data for Name: publications_order; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.publications_order (id, reference, name, organisation, address, postcode, city, email, quantity, note, created_at, shipped_at, confirmation_sent_at, publication_id, number, shipped_notice_sent_at, address_mail_sent_at, confirmed_at, held_until) FROM stdin;
\.


--
-- Data for Name: publications_ordersettings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.publications_ordersettings (id, delivery_time, site_id) FROM stdin;
\.


--
-- Data for Name: publications_printrun; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.publications_printrun (id, sort_order, printed_on, copies, note, page_id) FROM stdin;
\.


--
-- Data for Name: publications_publicationindexpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.publications_publicationindexpage (page_ptr_id, introduction, social_image_id) FROM stdin;
\.


--
-- Data for Name: publications_publicationpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.publications_publicationpage (page_ptr_id, introduction, board, summary, page_count, page_count_source, isbn_print, isbn_electronic, year, editors, designer, printer, reading_edition, cover_id, document_id, project_id, social_image_id) FROM stdin;
\.


--
-- Data for Name: publications_publicationpage_themes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.publications_publicationpage_themes (id, publicationpage_id, theme_id) FROM stdin;
\.


--
-- Data for Name: publications_publicationpage_vaeksthuse; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.publications_publicationpage_vaeksthuse (id, publicationpage_id, sectionpage_id) FROM stdin;
\.


--
-- Data for Name: reports_eventattendance; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reports_eventattendance (id, attended, event_id) FROM stdin;
\.


--
-- Data for Name: reports_followercount; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reports_followercount (id, channel, date, followers) FROM stdin;
\.


--
-- Data for Name: reports_mediamention; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reports_mediamention (id, medium, date, title, url) FROM stdin;
\.


--
-- Data for Name: reports_statisticssettings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reports_statisticssettings (id, summary_email) FROM stdin;
\.


--
-- Data for Name: reports_statusnote; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reports_statusnote (id, year, introduction, highlights, network, communication, focus_areas, next_focus_areas) FROM stdin;
\.


--
-- Data for Name: reports_weeklysummary; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reports_weeklysummary (id, week_start, sent_at, recipient) FROM stdin;
\.


--
-- Data for Name: sitesearch_documenttext; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sitesearch_documenttext (document_id, file_name, text, extracted_at, failure) FROM stdin;
\.


--
-- Data for Name: sitesearch_searchdocument; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sitesearch_searchdocument (page_id, kind, title, lead, body, vaeksthuse, board, year, date, search_vector, title_vector, title_lead_vector, title_words, indexed_at) FROM stdin;
\.


--
-- Data for Name: sitesearch_searchword; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sitesearch_searchword (word, documents) FROM stdin;
\.


--
-- Data for Name: stats_dailycampaigns; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_dailycampaigns (id, day, visits, source, campaign) FROM stdin;
\.


--
-- Data for Name: stats_dailychapters; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_dailychapters (id, chapter, day, reads, page_id) FROM stdin;
\.


--
-- Data for Name: stats_dailydevices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_dailydevices (id, day, visits, device) FROM stdin;
\.


--
-- Data for Name: stats_dailydownloads; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_dailydownloads (id, day, downloads, document_id) FROM stdin;
\.


--
-- Data for Name: stats_dailypageviews; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_dailypageviews (id, day, views, page_id) FROM stdin;
\.


--
-- Data for Name: stats_dailyreads; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_dailyreads (id, day, reads, page_id) FROM stdin;
\.


--
-- Data for Name: stats_dailyreferrers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_dailyreferrers (id, day, visits, domain) FROM stdin;
\.


--
-- Data for Name: stats_dailysearches; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_dailysearches (id, day, query, searches, results) FROM stdin;
\.


--
-- Data for Name: stats_dailytraffic; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_dailytraffic (id, day, days, page_views, visits, visitors, imported) FROM stdin;
\.


--
-- Data for Name: stats_monthlycampaigns; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_monthlycampaigns (id, month, source, campaign, visits) FROM stdin;
\.


--
-- Data for Name: stats_monthlydownloads; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_monthlydownloads (id, month, downloads, document_id) FROM stdin;
\.


--
-- Data for Name: stats_monthlypageviews; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_monthlypageviews (id, month, views, page_id) FROM stdin;
\.


--
-- Data for Name: stats_monthlyreferrers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_monthlyreferrers (id, month, domain, visits) FROM stdin;
\.


--
-- Data for Name: stats_monthlysearches; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_monthlysearches (id, month, query, searches, empty_searches, results, last_day) FROM stdin;
\.


--
-- Data for Name: stats_rolledupbatch; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_rolledupbatch (id, token, applied_at) FROM stdin;
\.


--
-- Data for Name: surveys_backgroundquestion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.surveys_backgroundquestion (id, key, label, help_text, choices) FROM stdin;
\.


--
-- Data for Name: surveys_invitation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.surveys_invitation (id, email, token, status, reminder, error, used, draft, created_at, survey_id, claimed_at) FROM stdin;
\.


--
-- Data for Name: surveys_surveypage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.surveys_surveypage (page_ptr_id, introduction, opens_at, closes_at, thank_you_text, social_image_id) FROM stdin;
\.


--
-- Data for Name: surveys_surveyquestion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.surveys_surveyquestion (id, sort_order, clean_name, required, choices, default_value, help_text, label, field_type, low_label, high_label, background_id, page_id) FROM stdin;
\.


--
-- Data for Name: surveys_surveyresponse; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.surveys_surveyresponse (id, form_data, submit_time, device, page_id) FROM stdin;
\.


--
-- Data for Name: surveys_surveytally; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.surveys_surveytally (id, split, day, group_value, key, value, answers, numbers, total, survey_id) FROM stdin;
\.


--
-- Data for Name: surveys_talliedkey; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.surveys_talliedkey (id, key, counted, summed, split, survey_id) FROM stdin;
\.


--
-- Data for Name: taggit_tag; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.taggit_tag (id, name, slug) FROM stdin;
\.


--
-- Data for Name: taggit_taggeditem; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.taggit_taggeditem (id, object_id, content_type_id, tag_id) FROM stdin;
\.


--
-- Data for Name: wagtailadmin_admin; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailadmin_admin (id) FROM stdin;
\.


--
-- Data for Name: wagtailadmin_editingsession; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailadmin_editingsession (id, object_id, last_seen_at, content_type_id, user_id, is_editing) FROM stdin;
\.


--
-- Data for Name: wagtailadmin_formstate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailadmin_formstate (id, data, object_id, parent_object_id, last_updated_at, content_type_id, user_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_apitoken; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_apitoken (id, name, key_hash, prefix, created, revoked_at, last_used_at, user_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_collection; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_collection (id, path, depth, numchild, name) FROM stdin;
1	0001	1	0	Rod
\.


--
-- Data for Name: wagtailcore_collectionviewrestriction; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_collectionviewrestriction (id, restriction_type, password, collection_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_collectionviewrestriction_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_collectionviewrestriction_groups (id, collectionviewrestriction_id, group_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_comment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_comment (id, text, contentpath, "position", created_at, updated_at, resolved_at, page_id, resolved_by_id, revision_created_id, user_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_commentreply; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_commentreply (id, text, created_at, updated_at, comment_id, user_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_groupapprovaltask; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_groupapprovaltask (task_ptr_id) FROM stdin;
1
\.


--
-- Data for Name: wagtailcore_groupapprovaltask_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_groupapprovaltask_groups (id, groupapprovaltask_id, group_id) FROM stdin;
1	1	1
\.


--
-- Data for Name: wagtailcore_groupcollectionpermission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_groupcollectionpermission (id, collection_id, group_id, permission_id) FROM stdin;
1	1	1	1
2	1	2	1
3	1	1	2
4	1	2	2
5	1	1	5
6	1	2	5
7	1	1	6
8	1	2	6
9	1	1	7
10	1	2	7
11	1	1	9
12	1	2	9
\.


--
-- Data for Name: wagtailcore_grouppagepermission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_grouppagepermission (id, group_id, page_id, permission_id) FROM stdin;
1	1	1	78
2	1	1	79
3	1	1	84
4	2	1	78
5	2	1	79
6	1	1	83
7	1	1	85
\.


--
-- Data for Name: wagtailcore_groupsitepermission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_groupsitepermission (id, group_id, permission_id, site_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_locale; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_locale (id, language_code) FROM stdin;
1	da
\.


--
-- Data for Name: wagtailcore_modellogentry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_modellogentry (id, label, action, data, "timestamp", content_changed, deleted, object_id, content_type_id, user_id, uuid, revision_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_page; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_page (id, path, depth, numchild, title, slug, live, has_unpublished_changes, url_path, seo_title, show_in_menus, search_description, go_live_at, expire_at, expired, content_type_id, owner_id, locked, latest_revision_created_at, first_published_at, live_revision_id, last_published_at, draft_title, locked_at, locked_by_id, translation_key, locale_id, alias_of_id, latest_revision_id) FROM stdin;
2	00010001	2	0	Welcome to your new Wagtail site!	home	t	f	/home/		f		\N	\N	f	1	\N	f	\N	\N	\N	\N	Welcome to your new Wagtail site!	\N	\N	410309b7-0015-4b5e-884b-22297343b1bc	1	\N	\N
1	0001	1	1	Rod	root	t	f	/		f		\N	\N	f	1	\N	f	\N	\N	\N	\N	Rod	\N	\N	7bddcf62-bd3d-446e-b28a-6820ec1527fc	1	\N	\N
\.


--
-- Data for Name: wagtailcore_pagelogentry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_pagelogentry (id, label, action, data, "timestamp", content_changed, deleted, content_type_id, page_id, revision_id, user_id, uuid) FROM stdin;
\.


--
-- Data for Name: wagtailcore_pagesubscription; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_pagesubscription (id, comment_notifications, page_id, user_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_pageviewrestriction; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_pageviewrestriction (id, password, page_id, restriction_type) FROM stdin;
\.


--
-- Data for Name: wagtailcore_pageviewrestriction_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_pageviewrestriction_groups (id, pageviewrestriction_id, group_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_referenceindex; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_referenceindex (id, object_id, to_object_id, model_path, content_path, content_path_hash, base_content_type_id, content_type_id, to_content_type_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_revision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_revision (id, created_at, content, approved_go_live_at, object_id, user_id, content_type_id, base_content_type_id, object_str) FROM stdin;
\.


--
-- Data for Name: wagtailcore_site; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_site (id, hostname, port, is_default_site, root_page_id, site_name) FROM stdin;
1	localhost	80	t	2	
\.


--
-- Data for Name: wagtailcore_task; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_task (id, name, active, content_type_id) FROM stdin;
1	Moderatorernes godkendelse	t	5
\.


--
-- Data for Name: wagtailcore_taskstate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_taskstate (id, status, started_at, finished_at, content_type_id, revision_id, task_id, workflow_state_id, finished_by_id, comment) FROM stdin;
\.


--
-- Data for Name: wagtailcore_uploadedfile; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_uploadedfile (id, file, for_content_type_id, uploaded_by_user_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_workflow; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_workflow (id, name, active) FROM stdin;
1	Moderatorerne	t
\.


--
-- Data for Name: wagtailcore_workflowcontenttype; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_workflowcontenttype (content_type_id, workflow_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_workflowpage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_workflowpage (page_id, workflow_id) FROM stdin;
1	1
\.


--
-- Data for Name: wagtailcore_workflowstate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_workflowstate (id, status, created_at, current_task_state_id, object_id, requested_by_id, workflow_id, content_type_id, base_content_type_id) FROM stdin;
\.


--
-- Data for Name: wagtailcore_workflowtask; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailcore_workflowtask (id, sort_order, task_id, workflow_id) FROM stdin;
1	0	1	1
\.


--
-- Data for Name: wagtaildocs_document; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtaildocs_document (id, title, file, created_at, uploaded_by_user_id, collection_id, file_size, file_hash) FROM stdin;
\.


--
-- Data for Name: wagtailembeds_embed; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailembeds_embed (id, url, max_width, type, html, title, author_name, provider_name, thumbnail_url, width, height, last_updated, hash, cache_until) FROM stdin;
\.


--
-- Data for Name: wagtailforms_formsubmission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailforms_formsubmission (id, form_data, submit_time, page_id) FROM stdin;
\.


--
-- Data for Name: wagtailimages_image; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailimages_image (id, title, file, width, height, created_at, focal_point_x, focal_point_y, focal_point_width, focal_point_height, uploaded_by_user_id, file_size, collection_id, file_hash, description) FROM stdin;
\.


--
-- Data for Name: wagtailimages_rendition; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailimages_rendition (id, file, width, height, focal_point_key, filter_spec, image_id) FROM stdin;
\.


--
-- Data for Name: wagtailredirects_redirect; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailredirects_redirect (id, old_path, is_permanent, redirect_link, redirect_page_id, site_id, automatically_created, created_at, redirect_page_route_path) FROM stdin;
\.


--
-- Data for Name: wagtailsearch_indexentry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailsearch_indexentry (id, object_id, title_norm, content_type_id, autocomplete, title, body, title_text, body_text) FROM stdin;
\.


--
-- Data for Name: wagtailusers_userprofile; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wagtailusers_userprofile (id, submitted_notifications, approved_notifications, rejected_notifications, user_id, preferred_language, current_time_zone, avatar, updated_comments_notifications, dismissibles, theme, density, contrast, keyboard_shortcuts) FROM stdin;
\.


--
-- Name: auth_group_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_id_seq', 2, true);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_permissions_id_seq', 18, true);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_permission_id_seq', 499, true);


--
-- Name: auth_user_groups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_groups_id_seq', 1, false);


--
-- Name: auth_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_id_seq', 1, false);


--
-- Name: auth_user_user_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_user_permissions_id_seq', 1, false);


--
-- Name: axes_accessattempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accessattempt_id_seq', 1, false);


--
-- Name: axes_accessfailurelog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accessfailurelog_id_seq', 1, false);


--
-- Name: axes_accesslog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accesslog_id_seq', 1, false);


--
-- Name: courses_coursepage_themes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.courses_coursepage_themes_id_seq', 1, false);


--
-- Name: courses_coursepage_vaeksthuse_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.courses_coursepage_vaeksthuse_id_seq', 1, false);


--
-- Name: courses_groupinvitation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.courses_groupinvitation_id_seq', 1, false);


--
-- Name: courses_leadergroup_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.courses_leadergroup_id_seq', 1, false);


--
-- Name: courses_leadergroup_members_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.courses_leadergroup_members_id_seq', 1, false);


--
-- Name: courses_lessonprogress_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.courses_lessonprogress_id_seq', 1, false);


--
-- Name: courses_participant_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.courses_participant_id_seq', 1, false);


--
-- Name: courses_questionresult_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.courses_questionresult_id_seq', 1, false);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_admin_log_id_seq', 1, false);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_content_type_id_seq', 124, true);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_migrations_id_seq', 268, true);


--
-- Name: events_eventpage_themes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_eventpage_themes_id_seq', 1, false);


--
-- Name: events_eventpage_vaeksthuse_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_eventpage_vaeksthuse_id_seq', 1, false);


--
-- Name: events_registration_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_registration_id_seq', 1, false);


--
-- Name: lederweb_sitesettings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.lederweb_sitesettings_id_seq', 1, false);


--
-- Name: lederweb_theme_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.lederweb_theme_id_seq', 1, false);


--
-- Name: newsletter_confirmationrequest_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.newsletter_confirmationrequest_id_seq', 1, false);


--
-- Name: newsletter_consent_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.newsletter_consent_id_seq', 1, false);


--
-- Name: newsletter_delivery_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.newsletter_delivery_id_seq', 1, false);


--
-- Name: newsletter_issue_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.newsletter_issue_id_seq', 1, false);


--
-- Name: newsletter_issueitem_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.newsletter_issueitem_id_seq', 1, false);


--
-- Name: newsletter_providerevent_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.newsletter_providerevent_id_seq', 1, false);


--
-- Name: newsletter_sendsettings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.newsletter_sendsettings_id_seq', 1, false);


--
-- Name: newsletter_subscriber_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.newsletter_subscriber_id_seq', 1, false);


--
-- Name: newsletter_subscriber_sections_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.newsletter_subscriber_sections_id_seq', 1, false);


--
-- Name: projects_articlepage_themes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.projects_articlepage_themes_id_seq', 1, false);


--
-- Name: projects_articlepage_vaeksthuse_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.projects_articlepage_vaeksthuse_id_seq', 1, false);


--
-- Name: projects_contact_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.projects_contact_id_seq', 1, false);


--
-- Name: projects_idea_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.projects_idea_id_seq', 1, false);


--
-- Name: projects_projectcontact_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.projects_projectcontact_id_seq', 1, false);


--
-- Name: projects_projectpage_themes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.projects_projectpage_themes_id_seq', 1, false);


--
-- Name: projects_projectpage_vaeksthuse_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.projects_projectpage_vaeksthuse_id_seq', 1, false);


--
-- Name: projects_projectpartner_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.projects_projectpartner_id_seq', 1, false);


--
-- Name: publications_order_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.publications_order_id_seq', 1, false);


--
-- Name: publications_ordersettings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.publications_ordersettings_id_seq', 1, false);


--
-- Name: publications_printrun_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.publications_printrun_id_seq', 1, false);


--
-- Name: publications_publicationpage_themes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.publications_publicationpage_themes_id_seq', 1, false);


--
-- Name: publications_publicationpage_vaeksthuse_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.publications_publicationpage_vaeksthuse_id_seq', 1, false);


--
-- Name: reports_eventattendance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reports_eventattendance_id_seq', 1, false);


--
-- Name: reports_followercount_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reports_followercount_id_seq', 1, false);


--
-- Name: reports_mediamention_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reports_mediamention_id_seq', 1, false);


--
-- Name: reports_statisticssettings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reports_statisticssettings_id_seq', 1, false);


--
-- Name: reports_statusnote_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reports_statusnote_id_seq', 1, false);


--
-- Name: reports_weeklysummary_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reports_weeklysummary_id_seq', 1, false);


--
-- Name: stats_dailycampaigns_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_dailycampaigns_id_seq', 1, false);


--
-- Name: stats_dailychapters_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_dailychapters_id_seq', 1, false);


--
-- Name: stats_dailydevices_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_dailydevices_id_seq', 1, false);


--
-- Name: stats_dailydownloads_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_dailydownloads_id_seq', 1, false);


--
-- Name: stats_dailypageviews_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_dailypageviews_id_seq', 1, false);


--
-- Name: stats_dailyreads_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_dailyreads_id_seq', 1, false);


--
-- Name: stats_dailyreferrers_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_dailyreferrers_id_seq', 1, false);


--
-- Name: stats_dailysearches_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_dailysearches_id_seq', 1, false);


--
-- Name: stats_dailytraffic_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_dailytraffic_id_seq', 1, false);


--
-- Name: stats_monthlycampaigns_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_monthlycampaigns_id_seq', 1, false);


--
-- Name: stats_monthlydownloads_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_monthlydownloads_id_seq', 1, false);


--
-- Name: stats_monthlypageviews_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_monthlypageviews_id_seq', 1, false);


--
-- Name: stats_monthlyreferrers_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_monthlyreferrers_id_seq', 1, false);


--
-- Name: stats_monthlysearches_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_monthlysearches_id_seq', 1, false);


--
-- Name: stats_rolledupbatch_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stats_rolledupbatch_id_seq', 1, false);


--
-- Name: surveys_backgroundquestion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.surveys_backgroundquestion_id_seq', 1, false);


--
-- Name: surveys_invitation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.surveys_invitation_id_seq', 1, false);


--
-- Name: surveys_surveyquestion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.surveys_surveyquestion_id_seq', 1, false);


--
-- Name: surveys_surveyresponse_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.surveys_surveyresponse_id_seq', 1, false);


--
-- Name: surveys_surveytally_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.surveys_surveytally_id_seq', 1, false);


--
-- Name: surveys_talliedkey_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.surveys_talliedkey_id_seq', 1, false);


--
-- Name: taggit_tag_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.taggit_tag_id_seq', 1, false);


--
-- Name: taggit_taggeditem_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.taggit_taggeditem_id_seq', 1, false);


--
-- Name: wagtailadmin_admin_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailadmin_admin_id_seq', 1, false);


--
-- Name: wagtailadmin_editingsession_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailadmin_editingsession_id_seq', 1, false);


--
-- Name: wagtailadmin_formstate_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailadmin_formstate_id_seq', 1, false);


--
-- Name: wagtailcore_apitoken_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_apitoken_id_seq', 1, false);


--
-- Name: wagtailcore_collection_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_collection_id_seq', 1, true);


--
-- Name: wagtailcore_collectionviewrestriction_groups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_collectionviewrestriction_groups_id_seq', 1, false);


--
-- Name: wagtailcore_collectionviewrestriction_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_collectionviewrestriction_id_seq', 1, false);


--
-- Name: wagtailcore_comment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_comment_id_seq', 1, false);


--
-- Name: wagtailcore_commentreply_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_commentreply_id_seq', 1, false);


--
-- Name: wagtailcore_groupapprovaltask_groups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_groupapprovaltask_groups_id_seq', 1, true);


--
-- Name: wagtailcore_groupcollectionpermission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_groupcollectionpermission_id_seq', 12, true);


--
-- Name: wagtailcore_grouppagepermission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_grouppagepermission_id_seq', 7, true);


--
-- Name: wagtailcore_groupsitepermission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_groupsitepermission_id_seq', 1, false);


--
-- Name: wagtailcore_locale_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_locale_id_seq', 1, true);


--
-- Name: wagtailcore_modellogentry_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_modellogentry_id_seq', 1, false);


--
-- Name: wagtailcore_page_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_page_id_seq', 2, true);


--
-- Name: wagtailcore_pagelogentry_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_pagelogentry_id_seq', 1, false);


--
-- Name: wagtailcore_pagerevision_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_pagerevision_id_seq', 1, false);


--
-- Name: wagtailcore_pagesubscription_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_pagesubscription_id_seq', 1, false);


--
-- Name: wagtailcore_pageviewrestriction_groups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_pageviewrestriction_groups_id_seq', 1, false);


--
-- Name: wagtailcore_pageviewrestriction_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_pageviewrestriction_id_seq', 1, false);


--
-- Name: wagtailcore_referenceindex_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_referenceindex_id_seq', 1, false);


--
-- Name: wagtailcore_site_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_site_id_seq', 1, true);


--
-- Name: wagtailcore_task_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_task_id_seq', 1, true);


--
-- Name: wagtailcore_taskstate_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_taskstate_id_seq', 1, false);


--
-- Name: wagtailcore_uploadedfile_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_uploadedfile_id_seq', 1, false);


--
-- Name: wagtailcore_workflow_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_workflow_id_seq', 1, true);


--
-- Name: wagtailcore_workflowstate_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_workflowstate_id_seq', 1, false);


--
-- Name: wagtailcore_workflowtask_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailcore_workflowtask_id_seq', 1, true);


--
-- Name: wagtaildocs_document_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtaildocs_document_id_seq', 1, false);


--
-- Name: wagtailembeds_embed_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailembeds_embed_id_seq', 1, false);


--
-- Name: wagtailforms_formsubmission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailforms_formsubmission_id_seq', 1, false);


--
-- Name: wagtailimages_image_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailimages_image_id_seq', 1, false);


--
-- Name: wagtailimages_rendition_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailimages_rendition_id_seq', 1, false);


--
-- Name: wagtailredirects_redirect_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailredirects_redirect_id_seq', 1, false);


--
-- Name: wagtailsearch_indexentry_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailsearch_indexentry_id_seq', 1, false);


--
-- Name: wagtailusers_userprofile_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wagtailusers_userprofile_id_seq', 1, false);


--
-- Name: auth_group auth_group_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_name_key UNIQUE (name);


--
-- Name: auth_group_permissions auth_group_permissions_group_id_permission_id_0cd325b0_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_permission_id_0cd325b0_uniq UNIQUE (group_id, permission_id);


--
-- Name: auth_group_permissions auth_group_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_pkey PRIMARY KEY (id);


--
-- Name: auth_group auth_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_pkey PRIMARY KEY (id);


--
-- Name: auth_permission auth_permission_content_type_id_codename_01ab375a_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_codename_01ab375a_uniq UNIQUE (content_type_id, codename);


--
-- Name: auth_permission auth_permission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_pkey PRIMARY KEY (id);


--
-- Name: auth_user_groups auth_user_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_pkey PRIMARY KEY (id);


--
-- Name: auth_user_groups auth_user_groups_user_id_group_id_94350c0c_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_user_id_group_id_94350c0c_uniq UNIQUE (user_id, group_id);


--
-- Name: auth_user auth_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user
    ADD CONSTRAINT auth_user_pkey PRIMARY KEY (id);


--
-- Name: auth_user_user_permissions auth_user_user_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permissions_pkey PRIMARY KEY (id);


--
-- Name: auth_user_user_permissions auth_user_user_permissions_user_id_permission_id_14a6b632_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permissions_user_id_permission_id_14a6b632_uniq UNIQUE (user_id, permission_id);


--
-- Name: auth_user auth_user_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user
    ADD CONSTRAINT auth_user_username_key UNIQUE (username);


--
-- Name: axes_accessattempt axes_accessattempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattempt
    ADD CONSTRAINT axes_accessattempt_pkey PRIMARY KEY (id);


--
-- Name: axes_accessattempt axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattempt
    ADD CONSTRAINT axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq UNIQUE (username, ip_address, user_agent);


--
-- Name: axes_accessattemptexpiration axes_accessattemptexpiration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattemptexpiration
    ADD CONSTRAINT axes_accessattemptexpiration_pkey PRIMARY KEY (access_attempt_id);


--
-- Name: axes_accessfailurelog axes_accessfailurelog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessfailurelog
    ADD CONSTRAINT axes_accessfailurelog_pkey PRIMARY KEY (id);


--
-- Name: axes_accesslog axes_accesslog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accesslog
    ADD CONSTRAINT axes_accesslog_pkey PRIMARY KEY (id);


--
-- Name: courses_courseindexpage courses_courseindexpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_courseindexpage
    ADD CONSTRAINT courses_courseindexpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: courses_coursepage courses_coursepage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_coursepage
    ADD CONSTRAINT courses_coursepage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: courses_coursepage_themes courses_coursepage_themes_coursepage_id_theme_id_084a03f0_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_coursepage_themes
    ADD CONSTRAINT courses_coursepage_themes_coursepage_id_theme_id_084a03f0_uniq UNIQUE (coursepage_id, theme_id);


--
-- Name: courses_coursepage_themes courses_coursepage_themes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_coursepage_themes
    ADD CONSTRAINT courses_coursepage_themes_pkey PRIMARY KEY (id);


--
-- Name: courses_coursepage_vaeksthuse courses_coursepage_vaeks_coursepage_id_sectionpag_d8c57d8c_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_coursepage_vaeksthuse
    ADD CONSTRAINT courses_coursepage_vaeks_coursepage_id_sectionpag_d8c57d8c_uniq UNIQUE (coursepage_id, sectionpage_id);


--
-- Name: courses_coursepage_vaeksthuse courses_coursepage_vaeksthuse_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_coursepage_vaeksthuse
    ADD CONSTRAINT courses_coursepage_vaeksthuse_pkey PRIMARY KEY (id);


--
-- Name: courses_groupinvitation courses_groupinvitation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_groupinvitation
    ADD CONSTRAINT courses_groupinvitation_pkey PRIMARY KEY (id);


--
-- Name: courses_leadergroup_members courses_leadergroup_memb_leadergroup_id_participa_6408a7d3_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_leadergroup_members
    ADD CONSTRAINT courses_leadergroup_memb_leadergroup_id_participa_6408a7d3_uniq UNIQUE (leadergroup_id, participant_id);


--
-- Name: courses_leadergroup_members courses_leadergroup_members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_leadergroup_members
    ADD CONSTRAINT courses_leadergroup_members_pkey PRIMARY KEY (id);


--
-- Name: courses_leadergroup courses_leadergroup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_leadergroup
    ADD CONSTRAINT courses_leadergroup_pkey PRIMARY KEY (id);


--
-- Name: courses_lessonpage courses_lessonpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_lessonpage
    ADD CONSTRAINT courses_lessonpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: courses_lessonprogress courses_lessonprogress_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_lessonprogress
    ADD CONSTRAINT courses_lessonprogress_pkey PRIMARY KEY (id);


--
-- Name: courses_modulepage courses_modulepage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_modulepage
    ADD CONSTRAINT courses_modulepage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: courses_participant courses_participant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_participant
    ADD CONSTRAINT courses_participant_pkey PRIMARY KEY (id);


--
-- Name: courses_lessonprogress courses_progress_once_per_lesson; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_lessonprogress
    ADD CONSTRAINT courses_progress_once_per_lesson UNIQUE (participant_id, lesson_id);


--
-- Name: courses_questionresult courses_questionresult_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_questionresult
    ADD CONSTRAINT courses_questionresult_pkey PRIMARY KEY (id);


--
-- Name: courses_questionresult courses_result_once_per_question; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_questionresult
    ADD CONSTRAINT courses_result_once_per_question UNIQUE (participant_id, lesson_id, question_id);


--
-- Name: django_admin_log django_admin_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_pkey PRIMARY KEY (id);


--
-- Name: django_content_type django_content_type_app_label_model_76bd3d3b_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_app_label_model_76bd3d3b_uniq UNIQUE (app_label, model);


--
-- Name: django_content_type django_content_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_pkey PRIMARY KEY (id);


--
-- Name: django_migrations django_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_migrations
    ADD CONSTRAINT django_migrations_pkey PRIMARY KEY (id);


--
-- Name: django_session django_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_session
    ADD CONSTRAINT django_session_pkey PRIMARY KEY (session_key);


--
-- Name: events_eventindexpage events_eventindexpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventindexpage
    ADD CONSTRAINT events_eventindexpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: events_eventpage events_eventpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventpage
    ADD CONSTRAINT events_eventpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: events_eventpage_themes events_eventpage_themes_eventpage_id_theme_id_359acccd_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventpage_themes
    ADD CONSTRAINT events_eventpage_themes_eventpage_id_theme_id_359acccd_uniq UNIQUE (eventpage_id, theme_id);


--
-- Name: events_eventpage_themes events_eventpage_themes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventpage_themes
    ADD CONSTRAINT events_eventpage_themes_pkey PRIMARY KEY (id);


--
-- Name: events_eventpage_vaeksthuse events_eventpage_vaeksth_eventpage_id_sectionpage_24ad6436_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventpage_vaeksthuse
    ADD CONSTRAINT events_eventpage_vaeksth_eventpage_id_sectionpage_24ad6436_uniq UNIQUE (eventpage_id, sectionpage_id);


--
-- Name: events_eventpage_vaeksthuse events_eventpage_vaeksthuse_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventpage_vaeksthuse
    ADD CONSTRAINT events_eventpage_vaeksthuse_pkey PRIMARY KEY (id);


--
-- Name: events_registration events_registration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_registration
    ADD CONSTRAINT events_registration_pkey PRIMARY KEY (id);


--
-- Name: lederweb_contactpage lederweb_contactpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_contactpage
    ADD CONSTRAINT lederweb_contactpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: lederweb_homepage lederweb_homepage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_homepage
    ADD CONSTRAINT lederweb_homepage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: lederweb_sectionindexpage lederweb_sectionindexpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_sectionindexpage
    ADD CONSTRAINT lederweb_sectionindexpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: lederweb_sectionpage lederweb_sectionpage_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_sectionpage
    ADD CONSTRAINT lederweb_sectionpage_number_key UNIQUE (number);


--
-- Name: lederweb_sectionpage lederweb_sectionpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_sectionpage
    ADD CONSTRAINT lederweb_sectionpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: lederweb_sitesettings lederweb_sitesettings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_sitesettings
    ADD CONSTRAINT lederweb_sitesettings_pkey PRIMARY KEY (id);


--
-- Name: lederweb_sitesettings lederweb_sitesettings_site_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_sitesettings
    ADD CONSTRAINT lederweb_sitesettings_site_id_key UNIQUE (site_id);


--
-- Name: lederweb_standardpage lederweb_standardpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_standardpage
    ADD CONSTRAINT lederweb_standardpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: lederweb_theme lederweb_theme_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_theme
    ADD CONSTRAINT lederweb_theme_name_key UNIQUE (name);


--
-- Name: lederweb_theme lederweb_theme_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_theme
    ADD CONSTRAINT lederweb_theme_pkey PRIMARY KEY (id);


--
-- Name: lederweb_theme lederweb_theme_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_theme
    ADD CONSTRAINT lederweb_theme_slug_key UNIQUE (slug);


--
-- Name: lederweb_themeindexpage lederweb_themeindexpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_themeindexpage
    ADD CONSTRAINT lederweb_themeindexpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: newsletter_confirmationrequest newsletter_confirmationrequest_consent_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_confirmationrequest
    ADD CONSTRAINT newsletter_confirmationrequest_consent_id_key UNIQUE (consent_id);


--
-- Name: newsletter_confirmationrequest newsletter_confirmationrequest_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_confirmationrequest
    ADD CONSTRAINT newsletter_confirmationrequest_pkey PRIMARY KEY (id);


--
-- Name: newsletter_confirmationrequest newsletter_confirmationrequest_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_confirmationrequest
    ADD CONSTRAINT newsletter_confirmationrequest_token_key UNIQUE (token);


--
-- Name: newsletter_consent newsletter_consent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_consent
    ADD CONSTRAINT newsletter_consent_pkey PRIMARY KEY (id);


--
-- Name: newsletter_delivery newsletter_delivery_once_per_issue; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_delivery
    ADD CONSTRAINT newsletter_delivery_once_per_issue UNIQUE (issue_id, subscriber_id);


--
-- Name: newsletter_delivery newsletter_delivery_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_delivery
    ADD CONSTRAINT newsletter_delivery_pkey PRIMARY KEY (id);


--
-- Name: newsletter_issue newsletter_issue_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_issue
    ADD CONSTRAINT newsletter_issue_pkey PRIMARY KEY (id);


--
-- Name: newsletter_issue newsletter_issue_slot_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_issue
    ADD CONSTRAINT newsletter_issue_slot_key UNIQUE (slot);


--
-- Name: newsletter_issueitem newsletter_issueitem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_issueitem
    ADD CONSTRAINT newsletter_issueitem_pkey PRIMARY KEY (id);


--
-- Name: newsletter_providerevent newsletter_providerevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_providerevent
    ADD CONSTRAINT newsletter_providerevent_pkey PRIMARY KEY (id);


--
-- Name: newsletter_sendsettings newsletter_sendsettings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_sendsettings
    ADD CONSTRAINT newsletter_sendsettings_pkey PRIMARY KEY (id);


--
-- Name: newsletter_subscriber newsletter_subscriber_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_subscriber
    ADD CONSTRAINT newsletter_subscriber_pkey PRIMARY KEY (id);


--
-- Name: newsletter_subscriber_sections newsletter_subscriber_se_subscriber_id_sectionpag_3da9da64_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_subscriber_sections
    ADD CONSTRAINT newsletter_subscriber_se_subscriber_id_sectionpag_3da9da64_uniq UNIQUE (subscriber_id, sectionpage_id);


--
-- Name: newsletter_subscriber_sections newsletter_subscriber_sections_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_subscriber_sections
    ADD CONSTRAINT newsletter_subscriber_sections_pkey PRIMARY KEY (id);


--
-- Name: newsletter_subscriber newsletter_subscriber_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_subscriber
    ADD CONSTRAINT newsletter_subscriber_token_key UNIQUE (token);


--
-- Name: projects_articleindexpage projects_articleindexpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articleindexpage
    ADD CONSTRAINT projects_articleindexpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: projects_articlepage projects_articlepage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage
    ADD CONSTRAINT projects_articlepage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: projects_articlepage_themes projects_articlepage_the_articlepage_id_theme_id_e7fb6c12_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage_themes
    ADD CONSTRAINT projects_articlepage_the_articlepage_id_theme_id_e7fb6c12_uniq UNIQUE (articlepage_id, theme_id);


--
-- Name: projects_articlepage_themes projects_articlepage_themes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage_themes
    ADD CONSTRAINT projects_articlepage_themes_pkey PRIMARY KEY (id);


--
-- Name: projects_articlepage_vaeksthuse projects_articlepage_vae_articlepage_id_sectionpa_cfde5970_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage_vaeksthuse
    ADD CONSTRAINT projects_articlepage_vae_articlepage_id_sectionpa_cfde5970_uniq UNIQUE (articlepage_id, sectionpage_id);


--
-- Name: projects_articlepage_vaeksthuse projects_articlepage_vaeksthuse_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage_vaeksthuse
    ADD CONSTRAINT projects_articlepage_vaeksthuse_pkey PRIMARY KEY (id);


--
-- Name: projects_contact projects_contact_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_contact
    ADD CONSTRAINT projects_contact_pkey PRIMARY KEY (id);


--
-- Name: projects_idea projects_idea_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_idea
    ADD CONSTRAINT projects_idea_pkey PRIMARY KEY (id);


--
-- Name: projects_ideacollectionpage projects_ideacollectionpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_ideacollectionpage
    ADD CONSTRAINT projects_ideacollectionpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: projects_programmepage projects_programmepage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_programmepage
    ADD CONSTRAINT projects_programmepage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: projects_projectcontact projects_projectcontact_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectcontact
    ADD CONSTRAINT projects_projectcontact_pkey PRIMARY KEY (id);


--
-- Name: projects_projectindexpage projects_projectindexpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectindexpage
    ADD CONSTRAINT projects_projectindexpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: projects_projectpage projects_projectpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectpage
    ADD CONSTRAINT projects_projectpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: projects_projectpage_themes projects_projectpage_the_projectpage_id_theme_id_8447f441_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectpage_themes
    ADD CONSTRAINT projects_projectpage_the_projectpage_id_theme_id_8447f441_uniq UNIQUE (projectpage_id, theme_id);


--
-- Name: projects_projectpage_themes projects_projectpage_themes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectpage_themes
    ADD CONSTRAINT projects_projectpage_themes_pkey PRIMARY KEY (id);


--
-- Name: projects_projectpage_vaeksthuse projects_projectpage_vae_projectpage_id_sectionpa_abf28448_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectpage_vaeksthuse
    ADD CONSTRAINT projects_projectpage_vae_projectpage_id_sectionpa_abf28448_uniq UNIQUE (projectpage_id, sectionpage_id);


--
-- Name: projects_projectpage_vaeksthuse projects_projectpage_vaeksthuse_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectpage_vaeksthuse
    ADD CONSTRAINT projects_projectpage_vaeksthuse_pkey PRIMARY KEY (id);


--
-- Name: projects_projectpartner projects_projectpartner_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectpartner
    ADD CONSTRAINT projects_projectpartner_pkey PRIMARY KEY (id);


--
-- Name: projects_toolpage projects_toolpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_toolpage
    ADD CONSTRAINT projects_toolpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: publications_order publications_order_number_76f7d1f2_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_order
    ADD CONSTRAINT publications_order_number_76f7d1f2_uniq UNIQUE (number);


--
-- Name: publications_order publications_order_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_order
    ADD CONSTRAINT publications_order_pkey PRIMARY KEY (id);


--
-- Name: publications_order publications_order_reference_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_order
    ADD CONSTRAINT publications_order_reference_key UNIQUE (reference);


--
-- Name: publications_ordersettings publications_ordersettings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_ordersettings
    ADD CONSTRAINT publications_ordersettings_pkey PRIMARY KEY (id);


--
-- Name: publications_ordersettings publications_ordersettings_site_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_ordersettings
    ADD CONSTRAINT publications_ordersettings_site_id_key UNIQUE (site_id);


--
-- Name: publications_printrun publications_printrun_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_printrun
    ADD CONSTRAINT publications_printrun_pkey PRIMARY KEY (id);


--
-- Name: publications_publicationpage_vaeksthuse publications_publication_publicationpage_id_secti_24ef090d_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage_vaeksthuse
    ADD CONSTRAINT publications_publication_publicationpage_id_secti_24ef090d_uniq UNIQUE (publicationpage_id, sectionpage_id);


--
-- Name: publications_publicationpage_themes publications_publication_publicationpage_id_theme_9a3f1e00_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage_themes
    ADD CONSTRAINT publications_publication_publicationpage_id_theme_9a3f1e00_uniq UNIQUE (publicationpage_id, theme_id);


--
-- Name: publications_publicationindexpage publications_publicationindexpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationindexpage
    ADD CONSTRAINT publications_publicationindexpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: publications_publicationpage publications_publicationpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage
    ADD CONSTRAINT publications_publicationpage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: publications_publicationpage_themes publications_publicationpage_themes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage_themes
    ADD CONSTRAINT publications_publicationpage_themes_pkey PRIMARY KEY (id);


--
-- Name: publications_publicationpage_vaeksthuse publications_publicationpage_vaeksthuse_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage_vaeksthuse
    ADD CONSTRAINT publications_publicationpage_vaeksthuse_pkey PRIMARY KEY (id);


--
-- Name: reports_eventattendance reports_eventattendance_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_eventattendance
    ADD CONSTRAINT reports_eventattendance_event_id_key UNIQUE (event_id);


--
-- Name: reports_eventattendance reports_eventattendance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_eventattendance
    ADD CONSTRAINT reports_eventattendance_pkey PRIMARY KEY (id);


--
-- Name: reports_followercount reports_follower_day; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_followercount
    ADD CONSTRAINT reports_follower_day UNIQUE (channel, date);


--
-- Name: reports_followercount reports_followercount_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_followercount
    ADD CONSTRAINT reports_followercount_pkey PRIMARY KEY (id);


--
-- Name: reports_mediamention reports_mediamention_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_mediamention
    ADD CONSTRAINT reports_mediamention_pkey PRIMARY KEY (id);


--
-- Name: reports_statisticssettings reports_statisticssettings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_statisticssettings
    ADD CONSTRAINT reports_statisticssettings_pkey PRIMARY KEY (id);


--
-- Name: reports_statusnote reports_statusnote_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_statusnote
    ADD CONSTRAINT reports_statusnote_pkey PRIMARY KEY (id);


--
-- Name: reports_statusnote reports_statusnote_year_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_statusnote
    ADD CONSTRAINT reports_statusnote_year_key UNIQUE (year);


--
-- Name: reports_weeklysummary reports_weeklysummary_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_weeklysummary
    ADD CONSTRAINT reports_weeklysummary_pkey PRIMARY KEY (id);


--
-- Name: reports_weeklysummary reports_weeklysummary_week_start_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_weeklysummary
    ADD CONSTRAINT reports_weeklysummary_week_start_key UNIQUE (week_start);


--
-- Name: sitesearch_documenttext sitesearch_documenttext_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sitesearch_documenttext
    ADD CONSTRAINT sitesearch_documenttext_pkey PRIMARY KEY (document_id);


--
-- Name: sitesearch_searchdocument sitesearch_searchdocument_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sitesearch_searchdocument
    ADD CONSTRAINT sitesearch_searchdocument_pkey PRIMARY KEY (page_id);


--
-- Name: sitesearch_searchword sitesearch_searchword_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sitesearch_searchword
    ADD CONSTRAINT sitesearch_searchword_pkey PRIMARY KEY (word);


--
-- Name: stats_dailycampaigns stats_dailycampaigns_day; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailycampaigns
    ADD CONSTRAINT stats_dailycampaigns_day UNIQUE (day, source, campaign);


--
-- Name: stats_dailycampaigns stats_dailycampaigns_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailycampaigns
    ADD CONSTRAINT stats_dailycampaigns_pkey PRIMARY KEY (id);


--
-- Name: stats_dailychapters stats_dailychapters_day_page; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailychapters
    ADD CONSTRAINT stats_dailychapters_day_page UNIQUE (day, page_id, chapter);


--
-- Name: stats_dailychapters stats_dailychapters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailychapters
    ADD CONSTRAINT stats_dailychapters_pkey PRIMARY KEY (id);


--
-- Name: stats_dailydevices stats_dailydevices_day; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailydevices
    ADD CONSTRAINT stats_dailydevices_day UNIQUE (day, device);


--
-- Name: stats_dailydevices stats_dailydevices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailydevices
    ADD CONSTRAINT stats_dailydevices_pkey PRIMARY KEY (id);


--
-- Name: stats_dailydownloads stats_dailydownloads_day_document; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailydownloads
    ADD CONSTRAINT stats_dailydownloads_day_document UNIQUE (day, document_id);


--
-- Name: stats_dailydownloads stats_dailydownloads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailydownloads
    ADD CONSTRAINT stats_dailydownloads_pkey PRIMARY KEY (id);


--
-- Name: stats_dailypageviews stats_dailypageviews_day_page; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailypageviews
    ADD CONSTRAINT stats_dailypageviews_day_page UNIQUE (day, page_id);


--
-- Name: stats_dailypageviews stats_dailypageviews_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailypageviews
    ADD CONSTRAINT stats_dailypageviews_pkey PRIMARY KEY (id);


--
-- Name: stats_dailyreads stats_dailyreads_page_day; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailyreads
    ADD CONSTRAINT stats_dailyreads_page_day UNIQUE (page_id, day);


--
-- Name: stats_dailyreads stats_dailyreads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailyreads
    ADD CONSTRAINT stats_dailyreads_pkey PRIMARY KEY (id);


--
-- Name: stats_dailyreferrers stats_dailyreferrers_day; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailyreferrers
    ADD CONSTRAINT stats_dailyreferrers_day UNIQUE (day, domain);


--
-- Name: stats_dailyreferrers stats_dailyreferrers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailyreferrers
    ADD CONSTRAINT stats_dailyreferrers_pkey PRIMARY KEY (id);


--
-- Name: stats_dailysearches stats_dailysearches_day_query; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailysearches
    ADD CONSTRAINT stats_dailysearches_day_query UNIQUE (day, query);


--
-- Name: stats_dailysearches stats_dailysearches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailysearches
    ADD CONSTRAINT stats_dailysearches_pkey PRIMARY KEY (id);


--
-- Name: stats_dailytraffic stats_dailytraffic_day_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailytraffic
    ADD CONSTRAINT stats_dailytraffic_day_key UNIQUE (day);


--
-- Name: stats_dailytraffic stats_dailytraffic_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailytraffic
    ADD CONSTRAINT stats_dailytraffic_pkey PRIMARY KEY (id);


--
-- Name: stats_monthlycampaigns stats_monthlycampaigns_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_monthlycampaigns
    ADD CONSTRAINT stats_monthlycampaigns_key UNIQUE (month, source, campaign);


--
-- Name: stats_monthlycampaigns stats_monthlycampaigns_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_monthlycampaigns
    ADD CONSTRAINT stats_monthlycampaigns_pkey PRIMARY KEY (id);


--
-- Name: stats_monthlydownloads stats_monthlydownloads_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_monthlydownloads
    ADD CONSTRAINT stats_monthlydownloads_key UNIQUE (month, document_id);


--
-- Name: stats_monthlydownloads stats_monthlydownloads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_monthlydownloads
    ADD CONSTRAINT stats_monthlydownloads_pkey PRIMARY KEY (id);


--
-- Name: stats_monthlypageviews stats_monthlypageviews_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_monthlypageviews
    ADD CONSTRAINT stats_monthlypageviews_key UNIQUE (month, page_id);


--
-- Name: stats_monthlypageviews stats_monthlypageviews_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_monthlypageviews
    ADD CONSTRAINT stats_monthlypageviews_pkey PRIMARY KEY (id);


--
-- Name: stats_monthlyreferrers stats_monthlyreferrers_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_monthlyreferrers
    ADD CONSTRAINT stats_monthlyreferrers_key UNIQUE (month, domain);


--
-- Name: stats_monthlyreferrers stats_monthlyreferrers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_monthlyreferrers
    ADD CONSTRAINT stats_monthlyreferrers_pkey PRIMARY KEY (id);


--
-- Name: stats_monthlysearches stats_monthlysearches_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_monthlysearches
    ADD CONSTRAINT stats_monthlysearches_key UNIQUE (month, query);


--
-- Name: stats_monthlysearches stats_monthlysearches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_monthlysearches
    ADD CONSTRAINT stats_monthlysearches_pkey PRIMARY KEY (id);


--
-- Name: stats_rolledupbatch stats_rolledupbatch_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_rolledupbatch
    ADD CONSTRAINT stats_rolledupbatch_pkey PRIMARY KEY (id);


--
-- Name: stats_rolledupbatch stats_rolledupbatch_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_rolledupbatch
    ADD CONSTRAINT stats_rolledupbatch_token_key UNIQUE (token);


--
-- Name: surveys_backgroundquestion surveys_backgroundquestion_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_backgroundquestion
    ADD CONSTRAINT surveys_backgroundquestion_key_key UNIQUE (key);


--
-- Name: surveys_backgroundquestion surveys_backgroundquestion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_backgroundquestion
    ADD CONSTRAINT surveys_backgroundquestion_pkey PRIMARY KEY (id);


--
-- Name: surveys_invitation surveys_invitation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_invitation
    ADD CONSTRAINT surveys_invitation_pkey PRIMARY KEY (id);


--
-- Name: surveys_invitation surveys_invitation_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_invitation
    ADD CONSTRAINT surveys_invitation_token_key UNIQUE (token);


--
-- Name: surveys_surveypage surveys_surveypage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_surveypage
    ADD CONSTRAINT surveys_surveypage_pkey PRIMARY KEY (page_ptr_id);


--
-- Name: surveys_surveyquestion surveys_surveyquestion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_surveyquestion
    ADD CONSTRAINT surveys_surveyquestion_pkey PRIMARY KEY (id);


--
-- Name: surveys_surveyresponse surveys_surveyresponse_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_surveyresponse
    ADD CONSTRAINT surveys_surveyresponse_pkey PRIMARY KEY (id);


--
-- Name: surveys_surveytally surveys_surveytally_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_surveytally
    ADD CONSTRAINT surveys_surveytally_pkey PRIMARY KEY (id);


--
-- Name: surveys_talliedkey surveys_talliedkey_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_talliedkey
    ADD CONSTRAINT surveys_talliedkey_pkey PRIMARY KEY (id);


--
-- Name: taggit_tag taggit_tag_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.taggit_tag
    ADD CONSTRAINT taggit_tag_name_key UNIQUE (name);


--
-- Name: taggit_tag taggit_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.taggit_tag
    ADD CONSTRAINT taggit_tag_pkey PRIMARY KEY (id);


--
-- Name: taggit_tag taggit_tag_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.taggit_tag
    ADD CONSTRAINT taggit_tag_slug_key UNIQUE (slug);


--
-- Name: taggit_taggeditem taggit_taggeditem_content_type_id_object_id_tag_id_4bb97a8e_uni; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.taggit_taggeditem
    ADD CONSTRAINT taggit_taggeditem_content_type_id_object_id_tag_id_4bb97a8e_uni UNIQUE (content_type_id, object_id, tag_id);


--
-- Name: taggit_taggeditem taggit_taggeditem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.taggit_taggeditem
    ADD CONSTRAINT taggit_taggeditem_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_grouppagepermission unique_permission; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_grouppagepermission
    ADD CONSTRAINT unique_permission UNIQUE (group_id, page_id, permission_id);


--
-- Name: wagtailadmin_admin wagtailadmin_admin_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailadmin_admin
    ADD CONSTRAINT wagtailadmin_admin_pkey PRIMARY KEY (id);


--
-- Name: wagtailadmin_editingsession wagtailadmin_editingsession_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailadmin_editingsession
    ADD CONSTRAINT wagtailadmin_editingsession_pkey PRIMARY KEY (id);


--
-- Name: wagtailadmin_formstate wagtailadmin_formstate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailadmin_formstate
    ADD CONSTRAINT wagtailadmin_formstate_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_apitoken wagtailcore_apitoken_key_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_apitoken
    ADD CONSTRAINT wagtailcore_apitoken_key_hash_key UNIQUE (key_hash);


--
-- Name: wagtailcore_apitoken wagtailcore_apitoken_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_apitoken
    ADD CONSTRAINT wagtailcore_apitoken_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_collection wagtailcore_collection_path_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_collection
    ADD CONSTRAINT wagtailcore_collection_path_key UNIQUE (path);


--
-- Name: wagtailcore_collection wagtailcore_collection_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_collection
    ADD CONSTRAINT wagtailcore_collection_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_collectionviewrestriction_groups wagtailcore_collectionvi_collectionviewrestrictio_988995ae_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_collectionviewrestriction_groups
    ADD CONSTRAINT wagtailcore_collectionvi_collectionviewrestrictio_988995ae_uniq UNIQUE (collectionviewrestriction_id, group_id);


--
-- Name: wagtailcore_collectionviewrestriction_groups wagtailcore_collectionviewrestriction_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_collectionviewrestriction_groups
    ADD CONSTRAINT wagtailcore_collectionviewrestriction_groups_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_collectionviewrestriction wagtailcore_collectionviewrestriction_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_collectionviewrestriction
    ADD CONSTRAINT wagtailcore_collectionviewrestriction_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_comment wagtailcore_comment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_comment
    ADD CONSTRAINT wagtailcore_comment_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_commentreply wagtailcore_commentreply_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_commentreply
    ADD CONSTRAINT wagtailcore_commentreply_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_groupapprovaltask_groups wagtailcore_groupapprova_groupapprovaltask_id_gro_bb5ee7eb_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupapprovaltask_groups
    ADD CONSTRAINT wagtailcore_groupapprova_groupapprovaltask_id_gro_bb5ee7eb_uniq UNIQUE (groupapprovaltask_id, group_id);


--
-- Name: wagtailcore_groupapprovaltask_groups wagtailcore_groupapprovaltask_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupapprovaltask_groups
    ADD CONSTRAINT wagtailcore_groupapprovaltask_groups_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_groupapprovaltask wagtailcore_groupapprovaltask_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupapprovaltask
    ADD CONSTRAINT wagtailcore_groupapprovaltask_pkey PRIMARY KEY (task_ptr_id);


--
-- Name: wagtailcore_groupcollectionpermission wagtailcore_groupcollect_group_id_collection_id_p_a21cefe9_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupcollectionpermission
    ADD CONSTRAINT wagtailcore_groupcollect_group_id_collection_id_p_a21cefe9_uniq UNIQUE (group_id, collection_id, permission_id);


--
-- Name: wagtailcore_groupcollectionpermission wagtailcore_groupcollectionpermission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupcollectionpermission
    ADD CONSTRAINT wagtailcore_groupcollectionpermission_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_grouppagepermission wagtailcore_grouppagepermission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_grouppagepermission
    ADD CONSTRAINT wagtailcore_grouppagepermission_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_groupsitepermission wagtailcore_groupsiteper_group_id_site_id_permiss_a58ee30d_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupsitepermission
    ADD CONSTRAINT wagtailcore_groupsiteper_group_id_site_id_permiss_a58ee30d_uniq UNIQUE (group_id, site_id, permission_id);


--
-- Name: wagtailcore_groupsitepermission wagtailcore_groupsitepermission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupsitepermission
    ADD CONSTRAINT wagtailcore_groupsitepermission_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_locale wagtailcore_locale_language_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_locale
    ADD CONSTRAINT wagtailcore_locale_language_code_key UNIQUE (language_code);


--
-- Name: wagtailcore_locale wagtailcore_locale_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_locale
    ADD CONSTRAINT wagtailcore_locale_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_modellogentry wagtailcore_modellogentry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_modellogentry
    ADD CONSTRAINT wagtailcore_modellogentry_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_page wagtailcore_page_path_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_page
    ADD CONSTRAINT wagtailcore_page_path_key UNIQUE (path);


--
-- Name: wagtailcore_page wagtailcore_page_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_page
    ADD CONSTRAINT wagtailcore_page_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_page wagtailcore_page_translation_key_locale_id_9b041bad_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_page
    ADD CONSTRAINT wagtailcore_page_translation_key_locale_id_9b041bad_uniq UNIQUE (translation_key, locale_id);


--
-- Name: wagtailcore_pagelogentry wagtailcore_pagelogentry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_pagelogentry
    ADD CONSTRAINT wagtailcore_pagelogentry_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_revision wagtailcore_pagerevision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_revision
    ADD CONSTRAINT wagtailcore_pagerevision_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_pagesubscription wagtailcore_pagesubscription_page_id_user_id_0cef73ed_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_pagesubscription
    ADD CONSTRAINT wagtailcore_pagesubscription_page_id_user_id_0cef73ed_uniq UNIQUE (page_id, user_id);


--
-- Name: wagtailcore_pagesubscription wagtailcore_pagesubscription_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_pagesubscription
    ADD CONSTRAINT wagtailcore_pagesubscription_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_pageviewrestriction_groups wagtailcore_pageviewrest_pageviewrestriction_id_g_d23f80bb_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_pageviewrestriction_groups
    ADD CONSTRAINT wagtailcore_pageviewrest_pageviewrestriction_id_g_d23f80bb_uniq UNIQUE (pageviewrestriction_id, group_id);


--
-- Name: wagtailcore_pageviewrestriction_groups wagtailcore_pageviewrestriction_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_pageviewrestriction_groups
    ADD CONSTRAINT wagtailcore_pageviewrestriction_groups_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_pageviewrestriction wagtailcore_pageviewrestriction_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_pageviewrestriction
    ADD CONSTRAINT wagtailcore_pageviewrestriction_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_referenceindex wagtailcore_referenceind_base_content_type_id_obj_9e6ccd6a_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_referenceindex
    ADD CONSTRAINT wagtailcore_referenceind_base_content_type_id_obj_9e6ccd6a_uniq UNIQUE (base_content_type_id, object_id, to_content_type_id, to_object_id, content_path_hash);


--
-- Name: wagtailcore_referenceindex wagtailcore_referenceindex_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_referenceindex
    ADD CONSTRAINT wagtailcore_referenceindex_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_site wagtailcore_site_hostname_port_2c626d70_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_site
    ADD CONSTRAINT wagtailcore_site_hostname_port_2c626d70_uniq UNIQUE (hostname, port);


--
-- Name: wagtailcore_site wagtailcore_site_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_site
    ADD CONSTRAINT wagtailcore_site_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_task wagtailcore_task_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_task
    ADD CONSTRAINT wagtailcore_task_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_taskstate wagtailcore_taskstate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_taskstate
    ADD CONSTRAINT wagtailcore_taskstate_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_uploadedfile wagtailcore_uploadedfile_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_uploadedfile
    ADD CONSTRAINT wagtailcore_uploadedfile_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_workflow wagtailcore_workflow_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflow
    ADD CONSTRAINT wagtailcore_workflow_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_workflowcontenttype wagtailcore_workflowcontenttype_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowcontenttype
    ADD CONSTRAINT wagtailcore_workflowcontenttype_pkey PRIMARY KEY (content_type_id);


--
-- Name: wagtailcore_workflowpage wagtailcore_workflowpage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowpage
    ADD CONSTRAINT wagtailcore_workflowpage_pkey PRIMARY KEY (page_id);


--
-- Name: wagtailcore_workflowstate wagtailcore_workflowstate_current_task_state_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowstate
    ADD CONSTRAINT wagtailcore_workflowstate_current_task_state_id_key UNIQUE (current_task_state_id);


--
-- Name: wagtailcore_workflowstate wagtailcore_workflowstate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowstate
    ADD CONSTRAINT wagtailcore_workflowstate_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_workflowtask wagtailcore_workflowtask_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowtask
    ADD CONSTRAINT wagtailcore_workflowtask_pkey PRIMARY KEY (id);


--
-- Name: wagtailcore_workflowtask wagtailcore_workflowtask_workflow_id_task_id_4ec7a62b_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowtask
    ADD CONSTRAINT wagtailcore_workflowtask_workflow_id_task_id_4ec7a62b_uniq UNIQUE (workflow_id, task_id);


--
-- Name: wagtaildocs_document wagtaildocs_document_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtaildocs_document
    ADD CONSTRAINT wagtaildocs_document_pkey PRIMARY KEY (id);


--
-- Name: wagtailembeds_embed wagtailembeds_embed_hash_c9bd8c9a_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailembeds_embed
    ADD CONSTRAINT wagtailembeds_embed_hash_c9bd8c9a_uniq UNIQUE (hash);


--
-- Name: wagtailembeds_embed wagtailembeds_embed_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailembeds_embed
    ADD CONSTRAINT wagtailembeds_embed_pkey PRIMARY KEY (id);


--
-- Name: wagtailforms_formsubmission wagtailforms_formsubmission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailforms_formsubmission
    ADD CONSTRAINT wagtailforms_formsubmission_pkey PRIMARY KEY (id);


--
-- Name: wagtailimages_image wagtailimages_image_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailimages_image
    ADD CONSTRAINT wagtailimages_image_pkey PRIMARY KEY (id);


--
-- Name: wagtailimages_rendition wagtailimages_rendition_image_id_filter_spec_foc_323c8fe0_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailimages_rendition
    ADD CONSTRAINT wagtailimages_rendition_image_id_filter_spec_foc_323c8fe0_uniq UNIQUE (image_id, filter_spec, focal_point_key);


--
-- Name: wagtailimages_rendition wagtailimages_rendition_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailimages_rendition
    ADD CONSTRAINT wagtailimages_rendition_pkey PRIMARY KEY (id);


--
-- Name: wagtailredirects_redirect wagtailredirects_redirect_old_path_site_id_783622d7_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailredirects_redirect
    ADD CONSTRAINT wagtailredirects_redirect_old_path_site_id_783622d7_uniq UNIQUE (old_path, site_id);


--
-- Name: wagtailredirects_redirect wagtailredirects_redirect_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailredirects_redirect
    ADD CONSTRAINT wagtailredirects_redirect_pkey PRIMARY KEY (id);


--
-- Name: wagtailsearch_indexentry wagtailsearch_indexentry_content_type_id_object_i_bcd7ba73_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailsearch_indexentry
    ADD CONSTRAINT wagtailsearch_indexentry_content_type_id_object_i_bcd7ba73_uniq UNIQUE (content_type_id, object_id);


--
-- Name: wagtailsearch_indexentry wagtailsearch_indexentry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailsearch_indexentry
    ADD CONSTRAINT wagtailsearch_indexentry_pkey PRIMARY KEY (id);


--
-- Name: wagtailusers_userprofile wagtailusers_userprofile_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailusers_userprofile
    ADD CONSTRAINT wagtailusers_userprofile_pkey PRIMARY KEY (id);


--
-- Name: wagtailusers_userprofile wagtailusers_userprofile_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailusers_userprofile
    ADD CONSTRAINT wagtailusers_userprofile_user_id_key UNIQUE (user_id);


--
-- Name: auth_group_name_a6ea08ec_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_name_a6ea08ec_like ON public.auth_group USING btree (name varchar_pattern_ops);


--
-- Name: auth_group_permissions_group_id_b120cbf9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_group_id_b120cbf9 ON public.auth_group_permissions USING btree (group_id);


--
-- Name: auth_group_permissions_permission_id_84c5c92e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_permission_id_84c5c92e ON public.auth_group_permissions USING btree (permission_id);


--
-- Name: auth_permission_content_type_id_2f476e4b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_permission_content_type_id_2f476e4b ON public.auth_permission USING btree (content_type_id);


--
-- Name: auth_user_groups_group_id_97559544; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_groups_group_id_97559544 ON public.auth_user_groups USING btree (group_id);


--
-- Name: auth_user_groups_user_id_6a12ed8b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_groups_user_id_6a12ed8b ON public.auth_user_groups USING btree (user_id);


--
-- Name: auth_user_user_permissions_permission_id_1fbb5f2c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_user_permissions_permission_id_1fbb5f2c ON public.auth_user_user_permissions USING btree (permission_id);


--
-- Name: auth_user_user_permissions_user_id_a95ead1b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_user_permissions_user_id_a95ead1b ON public.auth_user_user_permissions USING btree (user_id);


--
-- Name: auth_user_username_6821ab7c_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_username_6821ab7c_like ON public.auth_user USING btree (username varchar_pattern_ops);


--
-- Name: axes_accessattempt_ip_address_10922d9c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_ip_address_10922d9c ON public.axes_accessattempt USING btree (ip_address);


--
-- Name: axes_accessattempt_user_agent_ad89678b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_user_agent_ad89678b ON public.axes_accessattempt USING btree (user_agent);


--
-- Name: axes_accessattempt_user_agent_ad89678b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_user_agent_ad89678b_like ON public.axes_accessattempt USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accessattempt_username_3f2d4ca0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_username_3f2d4ca0 ON public.axes_accessattempt USING btree (username);


--
-- Name: axes_accessattempt_username_3f2d4ca0_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_username_3f2d4ca0_like ON public.axes_accessattempt USING btree (username varchar_pattern_ops);


--
-- Name: axes_accessfailurelog_ip_address_2e9f5a7f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_ip_address_2e9f5a7f ON public.axes_accessfailurelog USING btree (ip_address);


--
-- Name: axes_accessfailurelog_user_agent_ea145dda; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_user_agent_ea145dda ON public.axes_accessfailurelog USING btree (user_agent);


--
-- Name: axes_accessfailurelog_user_agent_ea145dda_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_user_agent_ea145dda_like ON public.axes_accessfailurelog USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accessfailurelog_username_a8b7e8a4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_username_a8b7e8a4 ON public.axes_accessfailurelog USING btree (username);


--
-- Name: axes_accessfailurelog_username_a8b7e8a4_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_username_a8b7e8a4_like ON public.axes_accessfailurelog USING btree (username varchar_pattern_ops);


--
-- Name: axes_accesslog_ip_address_86b417e5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_ip_address_86b417e5 ON public.axes_accesslog USING btree (ip_address);


--
-- Name: axes_accesslog_user_agent_0e659004; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_user_agent_0e659004 ON public.axes_accesslog USING btree (user_agent);


--
-- Name: axes_accesslog_user_agent_0e659004_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_user_agent_0e659004_like ON public.axes_accesslog USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accesslog_username_df93064b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_username_df93064b ON public.axes_accesslog USING btree (username);


--
-- Name: axes_accesslog_username_df93064b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_username_df93064b_like ON public.axes_accesslog USING btree (username varchar_pattern_ops);


--
-- Name: base_content_object_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX base_content_object_idx ON public.wagtailcore_revision USING btree (base_content_type_id, object_id);


--
-- Name: content_object_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX content_object_idx ON public.wagtailcore_revision USING btree (content_type_id, object_id);


--
-- Name: courses_courseindexpage_social_image_id_f5b1c395; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_courseindexpage_social_image_id_f5b1c395 ON public.courses_courseindexpage USING btree (social_image_id);


--
-- Name: courses_coursepage_project_id_b4104981; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_coursepage_project_id_b4104981 ON public.courses_coursepage USING btree (project_id);


--
-- Name: courses_coursepage_social_image_id_29950d14; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_coursepage_social_image_id_29950d14 ON public.courses_coursepage USING btree (social_image_id);


--
-- Name: courses_coursepage_themes_coursepage_id_42e1d533; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_coursepage_themes_coursepage_id_42e1d533 ON public.courses_coursepage_themes USING btree (coursepage_id);


--
-- Name: courses_coursepage_themes_theme_id_c49edb5e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_coursepage_themes_theme_id_c49edb5e ON public.courses_coursepage_themes USING btree (theme_id);


--
-- Name: courses_coursepage_vaeksthuse_coursepage_id_04859e45; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_coursepage_vaeksthuse_coursepage_id_04859e45 ON public.courses_coursepage_vaeksthuse USING btree (coursepage_id);


--
-- Name: courses_coursepage_vaeksthuse_sectionpage_id_6a290ae3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_coursepage_vaeksthuse_sectionpage_id_6a290ae3 ON public.courses_coursepage_vaeksthuse USING btree (sectionpage_id);


--
-- Name: courses_groupinvitation_group_id_649f0df4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_groupinvitation_group_id_649f0df4 ON public.courses_groupinvitation USING btree (group_id);


--
-- Name: courses_groupinvitation_invited_by_id_c20708e3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_groupinvitation_invited_by_id_c20708e3 ON public.courses_groupinvitation USING btree (invited_by_id);


--
-- Name: courses_leadergroup_course_id_20b2dd01; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_leadergroup_course_id_20b2dd01 ON public.courses_leadergroup USING btree (course_id);


--
-- Name: courses_leadergroup_created_by_id_89b5b9db; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_leadergroup_created_by_id_89b5b9db ON public.courses_leadergroup USING btree (created_by_id);


--
-- Name: courses_leadergroup_members_leadergroup_id_00a2bb98; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_leadergroup_members_leadergroup_id_00a2bb98 ON public.courses_leadergroup_members USING btree (leadergroup_id);


--
-- Name: courses_leadergroup_members_participant_id_1b5f5db0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_leadergroup_members_participant_id_1b5f5db0 ON public.courses_leadergroup_members USING btree (participant_id);


--
-- Name: courses_lessonpage_social_image_id_444747fa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_lessonpage_social_image_id_444747fa ON public.courses_lessonpage USING btree (social_image_id);


--
-- Name: courses_lessonpage_task_sheet_id_fa283cd9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_lessonpage_task_sheet_id_fa283cd9 ON public.courses_lessonpage USING btree (task_sheet_id);


--
-- Name: courses_lessonprogress_completed_at_b5c4899b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_lessonprogress_completed_at_b5c4899b ON public.courses_lessonprogress USING btree (completed_at);


--
-- Name: courses_lessonprogress_lesson_id_b0b36960; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_lessonprogress_lesson_id_b0b36960 ON public.courses_lessonprogress USING btree (lesson_id);


--
-- Name: courses_lessonprogress_participant_id_7c1cbb86; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_lessonprogress_participant_id_7c1cbb86 ON public.courses_lessonprogress USING btree (participant_id);


--
-- Name: courses_modulepage_social_image_id_587e2fad; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_modulepage_social_image_id_587e2fad ON public.courses_modulepage USING btree (social_image_id);


--
-- Name: courses_participant_first_course_id_75adb985; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_participant_first_course_id_75adb985 ON public.courses_participant USING btree (first_course_id);


--
-- Name: courses_participant_last_active_at_35a40028; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_participant_last_active_at_35a40028 ON public.courses_participant USING btree (last_active_at);


--
-- Name: courses_participant_unique_email; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX courses_participant_unique_email ON public.courses_participant USING btree (lower((email)::text));


--
-- Name: courses_questionresult_lesson_id_6c7ffb8f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_questionresult_lesson_id_6c7ffb8f ON public.courses_questionresult USING btree (lesson_id);


--
-- Name: courses_questionresult_participant_id_65be4e46; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_questionresult_participant_id_65be4e46 ON public.courses_questionresult USING btree (participant_id);


--
-- Name: django_admin_log_content_type_id_c4bce8eb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_content_type_id_c4bce8eb ON public.django_admin_log USING btree (content_type_id);


--
-- Name: django_admin_log_user_id_c564eba6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_user_id_c564eba6 ON public.django_admin_log USING btree (user_id);


--
-- Name: django_session_expire_date_a5c62663; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_expire_date_a5c62663 ON public.django_session USING btree (expire_date);


--
-- Name: django_session_session_key_c0390e0f_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_session_key_c0390e0f_like ON public.django_session USING btree (session_key varchar_pattern_ops);


--
-- Name: events_eventindexpage_social_image_id_05ccce87; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_eventindexpage_social_image_id_05ccce87 ON public.events_eventindexpage USING btree (social_image_id);


--
-- Name: events_eventpage_project_id_c74b4f35; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_eventpage_project_id_c74b4f35 ON public.events_eventpage USING btree (project_id);


--
-- Name: events_eventpage_social_image_id_15007bb7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_eventpage_social_image_id_15007bb7 ON public.events_eventpage USING btree (social_image_id);


--
-- Name: events_eventpage_themes_eventpage_id_334ff5f8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_eventpage_themes_eventpage_id_334ff5f8 ON public.events_eventpage_themes USING btree (eventpage_id);


--
-- Name: events_eventpage_themes_theme_id_0fa06c5a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_eventpage_themes_theme_id_0fa06c5a ON public.events_eventpage_themes USING btree (theme_id);


--
-- Name: events_eventpage_vaeksthuse_eventpage_id_af4625cd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_eventpage_vaeksthuse_eventpage_id_af4625cd ON public.events_eventpage_vaeksthuse USING btree (eventpage_id);


--
-- Name: events_eventpage_vaeksthuse_sectionpage_id_b887f20d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_eventpage_vaeksthuse_sectionpage_id_b887f20d ON public.events_eventpage_vaeksthuse USING btree (sectionpage_id);


--
-- Name: events_regi_event_i_c98244_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_regi_event_i_c98244_idx ON public.events_registration USING btree (event_id, status);


--
-- Name: events_registration_event_id_75b6f198; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_registration_event_id_75b6f198 ON public.events_registration USING btree (event_id);


--
-- Name: events_registration_unique_email; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX events_registration_unique_email ON public.events_registration USING btree (lower((email)::text), event_id) WHERE (NOT ((status)::text = 'cancelled'::text));


--
-- Name: formstate_user_object; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX formstate_user_object ON public.wagtailadmin_formstate USING btree (user_id, content_type_id, object_id, parent_object_id);


--
-- Name: lederweb_contactpage_social_image_id_8b3052c3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lederweb_contactpage_social_image_id_8b3052c3 ON public.lederweb_contactpage USING btree (social_image_id);


--
-- Name: lederweb_homepage_featured_page_id_fc0aab51; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lederweb_homepage_featured_page_id_fc0aab51 ON public.lederweb_homepage USING btree (featured_page_id);


--
-- Name: lederweb_homepage_social_image_id_88f8d592; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lederweb_homepage_social_image_id_88f8d592 ON public.lederweb_homepage USING btree (social_image_id);


--
-- Name: lederweb_sectionindexpage_social_image_id_173b2ca0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lederweb_sectionindexpage_social_image_id_173b2ca0 ON public.lederweb_sectionindexpage USING btree (social_image_id);


--
-- Name: lederweb_sectionpage_social_image_id_4bc3acd7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lederweb_sectionpage_social_image_id_4bc3acd7 ON public.lederweb_sectionpage USING btree (social_image_id);


--
-- Name: lederweb_sitesettings_share_image_id_c8035ab8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lederweb_sitesettings_share_image_id_c8035ab8 ON public.lederweb_sitesettings USING btree (share_image_id);


--
-- Name: lederweb_standardpage_social_image_id_c5858228; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lederweb_standardpage_social_image_id_c5858228 ON public.lederweb_standardpage USING btree (social_image_id);


--
-- Name: lederweb_theme_name_ebbe8805_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lederweb_theme_name_ebbe8805_like ON public.lederweb_theme USING btree (name varchar_pattern_ops);


--
-- Name: lederweb_theme_slug_7979f2b7_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lederweb_theme_slug_7979f2b7_like ON public.lederweb_theme USING btree (slug varchar_pattern_ops);


--
-- Name: lederweb_themeindexpage_social_image_id_5b419807; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lederweb_themeindexpage_social_image_id_5b419807 ON public.lederweb_themeindexpage USING btree (social_image_id);


--
-- Name: newsletter_confirmationrequest_subscriber_id_6ddf9372; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_confirmationrequest_subscriber_id_6ddf9372 ON public.newsletter_confirmationrequest USING btree (subscriber_id);


--
-- Name: newsletter_confirmationrequest_token_fbb91837_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_confirmationrequest_token_fbb91837_like ON public.newsletter_confirmationrequest USING btree (token varchar_pattern_ops);


--
-- Name: newsletter_consent_subscriber_id_960152fa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_consent_subscriber_id_960152fa ON public.newsletter_consent USING btree (subscriber_id);


--
-- Name: newsletter_delivery_issue_id_7b323103; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_delivery_issue_id_7b323103 ON public.newsletter_delivery USING btree (issue_id);


--
-- Name: newsletter_delivery_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_delivery_open ON public.newsletter_delivery USING btree (issue_id, id) WHERE ((status)::text = ANY ((ARRAY['pending'::character varying, 'sending'::character varying])::text[]));


--
-- Name: newsletter_delivery_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_delivery_status ON public.newsletter_delivery USING btree (issue_id, status);


--
-- Name: newsletter_delivery_subscriber_id_0627441d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_delivery_subscriber_id_0627441d ON public.newsletter_delivery USING btree (subscriber_id);


--
-- Name: newsletter_issue_status_2a8fd60b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_issue_status_2a8fd60b ON public.newsletter_issue USING btree (status);


--
-- Name: newsletter_issue_status_2a8fd60b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_issue_status_2a8fd60b_like ON public.newsletter_issue USING btree (status varchar_pattern_ops);


--
-- Name: newsletter_issueitem_issue_id_1c8c8939; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_issueitem_issue_id_1c8c8939 ON public.newsletter_issueitem USING btree (issue_id);


--
-- Name: newsletter_issueitem_page_id_d7528230; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_issueitem_page_id_d7528230 ON public.newsletter_issueitem USING btree (page_id);


--
-- Name: newsletter_providerevent_subscriber_id_61bc9e86; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_providerevent_subscriber_id_61bc9e86 ON public.newsletter_providerevent USING btree (subscriber_id);


--
-- Name: newsletter_subscriber_email_ci_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX newsletter_subscriber_email_ci_unique ON public.newsletter_subscriber USING btree (lower((email)::text));


--
-- Name: newsletter_subscriber_email_hash_f9c091f7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_subscriber_email_hash_f9c091f7 ON public.newsletter_subscriber USING btree (email_hash);


--
-- Name: newsletter_subscriber_email_hash_f9c091f7_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_subscriber_email_hash_f9c091f7_like ON public.newsletter_subscriber USING btree (email_hash varchar_pattern_ops);


--
-- Name: newsletter_subscriber_sections_sectionpage_id_1e153e20; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_subscriber_sections_sectionpage_id_1e153e20 ON public.newsletter_subscriber_sections USING btree (sectionpage_id);


--
-- Name: newsletter_subscriber_sections_subscriber_id_4579ab62; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_subscriber_sections_subscriber_id_4579ab62 ON public.newsletter_subscriber_sections USING btree (subscriber_id);


--
-- Name: newsletter_subscriber_status_d10a1905; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_subscriber_status_d10a1905 ON public.newsletter_subscriber USING btree (status);


--
-- Name: newsletter_subscriber_status_d10a1905_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_subscriber_status_d10a1905_like ON public.newsletter_subscriber USING btree (status varchar_pattern_ops);


--
-- Name: newsletter_subscriber_token_f7542dd5_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_subscriber_token_f7542dd5_like ON public.newsletter_subscriber USING btree (token varchar_pattern_ops);


--
-- Name: newsletter_unsent_requests; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX newsletter_unsent_requests ON public.newsletter_confirmationrequest USING btree (created_at) WHERE (sent_at IS NULL);


--
-- Name: projects_articleindexpage_social_image_id_b5655838; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_articleindexpage_social_image_id_b5655838 ON public.projects_articleindexpage USING btree (social_image_id);


--
-- Name: projects_articlepage_author_id_b7c02625; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_articlepage_author_id_b7c02625 ON public.projects_articlepage USING btree (author_id);


--
-- Name: projects_articlepage_image_id_c15cdea1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_articlepage_image_id_c15cdea1 ON public.projects_articlepage USING btree (image_id);


--
-- Name: projects_articlepage_project_id_425662ec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_articlepage_project_id_425662ec ON public.projects_articlepage USING btree (project_id);


--
-- Name: projects_articlepage_social_image_id_1302ed46; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_articlepage_social_image_id_1302ed46 ON public.projects_articlepage USING btree (social_image_id);


--
-- Name: projects_articlepage_themes_articlepage_id_7eb3c13a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_articlepage_themes_articlepage_id_7eb3c13a ON public.projects_articlepage_themes USING btree (articlepage_id);


--
-- Name: projects_articlepage_themes_theme_id_c45d5081; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_articlepage_themes_theme_id_c45d5081 ON public.projects_articlepage_themes USING btree (theme_id);


--
-- Name: projects_articlepage_vaeksthuse_articlepage_id_f524c314; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_articlepage_vaeksthuse_articlepage_id_f524c314 ON public.projects_articlepage_vaeksthuse USING btree (articlepage_id);


--
-- Name: projects_articlepage_vaeksthuse_sectionpage_id_c16225ec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_articlepage_vaeksthuse_sectionpage_id_c16225ec ON public.projects_articlepage_vaeksthuse USING btree (sectionpage_id);


--
-- Name: projects_idea_image_id_f8dd6577; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_idea_image_id_f8dd6577 ON public.projects_idea USING btree (image_id);


--
-- Name: projects_idea_page_id_c2fd5662; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_idea_page_id_c2fd5662 ON public.projects_idea USING btree (page_id);


--
-- Name: projects_ideacollectionpage_project_id_8cae3c10; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_ideacollectionpage_project_id_8cae3c10 ON public.projects_ideacollectionpage USING btree (project_id);


--
-- Name: projects_ideacollectionpage_social_image_id_50f56d7b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_ideacollectionpage_social_image_id_50f56d7b ON public.projects_ideacollectionpage USING btree (social_image_id);


--
-- Name: projects_programmepage_project_id_aae60a6a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_programmepage_project_id_aae60a6a ON public.projects_programmepage USING btree (project_id);


--
-- Name: projects_programmepage_social_image_id_014b8bbf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_programmepage_social_image_id_014b8bbf ON public.projects_programmepage USING btree (social_image_id);


--
-- Name: projects_projectcontact_contact_id_e2e470f5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_projectcontact_contact_id_e2e470f5 ON public.projects_projectcontact USING btree (contact_id);


--
-- Name: projects_projectcontact_page_id_37fbc37d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_projectcontact_page_id_37fbc37d ON public.projects_projectcontact USING btree (page_id);


--
-- Name: projects_projectindexpage_social_image_id_c2453e9e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_projectindexpage_social_image_id_c2453e9e ON public.projects_projectindexpage USING btree (social_image_id);


--
-- Name: projects_projectpage_social_image_id_9fd808e3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_projectpage_social_image_id_9fd808e3 ON public.projects_projectpage USING btree (social_image_id);


--
-- Name: projects_projectpage_themes_projectpage_id_49f20259; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_projectpage_themes_projectpage_id_49f20259 ON public.projects_projectpage_themes USING btree (projectpage_id);


--
-- Name: projects_projectpage_themes_theme_id_e441d959; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_projectpage_themes_theme_id_e441d959 ON public.projects_projectpage_themes USING btree (theme_id);


--
-- Name: projects_projectpage_vaeksthuse_projectpage_id_ca155f33; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_projectpage_vaeksthuse_projectpage_id_ca155f33 ON public.projects_projectpage_vaeksthuse USING btree (projectpage_id);


--
-- Name: projects_projectpage_vaeksthuse_sectionpage_id_8630fc5f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_projectpage_vaeksthuse_sectionpage_id_8630fc5f ON public.projects_projectpage_vaeksthuse USING btree (sectionpage_id);


--
-- Name: projects_projectpartner_page_id_a71f4427; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_projectpartner_page_id_a71f4427 ON public.projects_projectpartner USING btree (page_id);


--
-- Name: projects_toolpage_project_id_d870fe93; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_toolpage_project_id_d870fe93 ON public.projects_toolpage USING btree (project_id);


--
-- Name: projects_toolpage_social_image_id_be034bc6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_toolpage_social_image_id_be034bc6 ON public.projects_toolpage USING btree (social_image_id);


--
-- Name: publications_order_created_at_096299b7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_order_created_at_096299b7 ON public.publications_order USING btree (created_at);


--
-- Name: publications_order_number_76f7d1f2_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_order_number_76f7d1f2_like ON public.publications_order USING btree (number varchar_pattern_ops);


--
-- Name: publications_order_publication_id_52721dce; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_order_publication_id_52721dce ON public.publications_order USING btree (publication_id);


--
-- Name: publications_order_shipped_at_e755d227; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_order_shipped_at_e755d227 ON public.publications_order USING btree (shipped_at);


--
-- Name: publications_printrun_page_id_ae94fa38; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_printrun_page_id_ae94fa38 ON public.publications_printrun USING btree (page_id);


--
-- Name: publications_publicationindexpage_social_image_id_28795095; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_publicationindexpage_social_image_id_28795095 ON public.publications_publicationindexpage USING btree (social_image_id);


--
-- Name: publications_publicationpa_publicationpage_id_679cb67f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_publicationpa_publicationpage_id_679cb67f ON public.publications_publicationpage_vaeksthuse USING btree (publicationpage_id);


--
-- Name: publications_publicationpage_cover_id_b8021175; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_publicationpage_cover_id_b8021175 ON public.publications_publicationpage USING btree (cover_id);


--
-- Name: publications_publicationpage_document_id_5293eaed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_publicationpage_document_id_5293eaed ON public.publications_publicationpage USING btree (document_id);


--
-- Name: publications_publicationpage_project_id_c23f40e5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_publicationpage_project_id_c23f40e5 ON public.publications_publicationpage USING btree (project_id);


--
-- Name: publications_publicationpage_social_image_id_b08b819f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_publicationpage_social_image_id_b08b819f ON public.publications_publicationpage USING btree (social_image_id);


--
-- Name: publications_publicationpage_themes_publicationpage_id_275c8749; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_publicationpage_themes_publicationpage_id_275c8749 ON public.publications_publicationpage_themes USING btree (publicationpage_id);


--
-- Name: publications_publicationpage_themes_theme_id_e9e66294; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_publicationpage_themes_theme_id_e9e66294 ON public.publications_publicationpage_themes USING btree (theme_id);


--
-- Name: publications_publicationpage_vaeksthuse_sectionpage_id_030e7788; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_publicationpage_vaeksthuse_sectionpage_id_030e7788 ON public.publications_publicationpage_vaeksthuse USING btree (sectionpage_id);


--
-- Name: referenceindex_source_object; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referenceindex_source_object ON public.wagtailcore_referenceindex USING btree (base_content_type_id, object_id);


--
-- Name: referenceindex_target_object; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referenceindex_target_object ON public.wagtailcore_referenceindex USING btree (to_content_type_id, to_object_id);


--
-- Name: sitesearch_kind_newest; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sitesearch_kind_newest ON public.sitesearch_searchdocument USING btree (kind, date DESC NULLS LAST, page_id DESC);


--
-- Name: sitesearch_newest; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sitesearch_newest ON public.sitesearch_searchdocument USING btree (date DESC NULLS LAST, page_id DESC);


--
-- Name: sitesearch_searchword_word_0aab5471_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sitesearch_searchword_word_0aab5471_like ON public.sitesearch_searchword USING btree (word varchar_pattern_ops);


--
-- Name: sitesearch_title_lead_vector; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sitesearch_title_lead_vector ON public.sitesearch_searchdocument USING gin (title_lead_vector);


--
-- Name: sitesearch_title_vector; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sitesearch_title_vector ON public.sitesearch_searchdocument USING gin (title_vector);


--
-- Name: sitesearch_title_words; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sitesearch_title_words ON public.sitesearch_searchdocument USING gin (title_words);


--
-- Name: sitesearch_vector; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sitesearch_vector ON public.sitesearch_searchdocument USING gin (search_vector);


--
-- Name: sitesearch_word_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sitesearch_word_trgm ON public.sitesearch_searchword USING gin (word public.gin_trgm_ops);


--
-- Name: sitesearch_year_newest; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sitesearch_year_newest ON public.sitesearch_searchdocument USING btree (year, date DESC NULLS LAST, page_id DESC);


--
-- Name: stats_dailychapters_page_id_33c95e83; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stats_dailychapters_page_id_33c95e83 ON public.stats_dailychapters USING btree (page_id);


--
-- Name: stats_dailydownloads_document_id_cef4b09c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stats_dailydownloads_document_id_cef4b09c ON public.stats_dailydownloads USING btree (document_id);


--
-- Name: stats_dailypageviews_page_id_72909dc3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stats_dailypageviews_page_id_72909dc3 ON public.stats_dailypageviews USING btree (page_id);


--
-- Name: stats_dailyreads_page_id_9fa96901; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stats_dailyreads_page_id_9fa96901 ON public.stats_dailyreads USING btree (page_id);


--
-- Name: stats_dailyreads_recent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stats_dailyreads_recent ON public.stats_dailyreads USING btree (day, page_id) INCLUDE (reads);


--
-- Name: stats_monthlydownloads_document_id_f0eb0f5d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stats_monthlydownloads_document_id_f0eb0f5d ON public.stats_monthlydownloads USING btree (document_id);


--
-- Name: stats_monthlypageviews_page_id_f926814f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stats_monthlypageviews_page_id_f926814f ON public.stats_monthlypageviews USING btree (page_id);


--
-- Name: stats_rolledupbatch_applied_at_6c1076cb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stats_rolledupbatch_applied_at_6c1076cb ON public.stats_rolledupbatch USING btree (applied_at);


--
-- Name: stats_rolledupbatch_token_63bdb1d3_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stats_rolledupbatch_token_63bdb1d3_like ON public.stats_rolledupbatch USING btree (token varchar_pattern_ops);


--
-- Name: surveys_backgroundquestion_key_0911c845_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX surveys_backgroundquestion_key_0911c845_like ON public.surveys_backgroundquestion USING btree (key varchar_pattern_ops);


--
-- Name: surveys_invitation_one_per_address; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX surveys_invitation_one_per_address ON public.surveys_invitation USING btree (survey_id, lower((email)::text));


--
-- Name: surveys_invitation_survey_id_d0534764; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX surveys_invitation_survey_id_d0534764 ON public.surveys_invitation USING btree (survey_id);


--
-- Name: surveys_invitation_token_7de787e2_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX surveys_invitation_token_7de787e2_like ON public.surveys_invitation USING btree (token varchar_pattern_ops);


--
-- Name: surveys_response_page_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX surveys_response_page_time ON public.surveys_surveyresponse USING btree (page_id, submit_time);


--
-- Name: surveys_surveypage_social_image_id_222b0fde; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX surveys_surveypage_social_image_id_222b0fde ON public.surveys_surveypage USING btree (social_image_id);


--
-- Name: surveys_surveyquestion_background_id_53aabdbc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX surveys_surveyquestion_background_id_53aabdbc ON public.surveys_surveyquestion USING btree (background_id);


--
-- Name: surveys_surveyquestion_page_id_02ff7d61; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX surveys_surveyquestion_page_id_02ff7d61 ON public.surveys_surveyquestion USING btree (page_id);


--
-- Name: surveys_surveyresponse_page_id_e83c8cb5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX surveys_surveyresponse_page_id_e83c8cb5 ON public.surveys_surveyresponse USING btree (page_id);


--
-- Name: surveys_talliedkey_once; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX surveys_talliedkey_once ON public.surveys_talliedkey USING btree (survey_id, key);


--
-- Name: surveys_tally_once; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX surveys_tally_once ON public.surveys_surveytally USING btree (survey_id, split, day, group_value, key, value);


--
-- Name: taggit_tag_name_58eb2ed9_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX taggit_tag_name_58eb2ed9_like ON public.taggit_tag USING btree (name varchar_pattern_ops);


--
-- Name: taggit_tag_slug_6be58b2c_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX taggit_tag_slug_6be58b2c_like ON public.taggit_tag USING btree (slug varchar_pattern_ops);


--
-- Name: taggit_tagg_content_8fc721_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX taggit_tagg_content_8fc721_idx ON public.taggit_taggeditem USING btree (content_type_id, object_id);


--
-- Name: taggit_taggeditem_content_type_id_9957a03c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX taggit_taggeditem_content_type_id_9957a03c ON public.taggit_taggeditem USING btree (content_type_id);


--
-- Name: taggit_taggeditem_object_id_e2d7d1df; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX taggit_taggeditem_object_id_e2d7d1df ON public.taggit_taggeditem USING btree (object_id);


--
-- Name: taggit_taggeditem_tag_id_f4f5b767; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX taggit_taggeditem_tag_id_f4f5b767 ON public.taggit_taggeditem USING btree (tag_id);


--
-- Name: unique_in_progress_workflow; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX unique_in_progress_workflow ON public.wagtailcore_workflowstate USING btree (base_content_type_id, object_id) WHERE ((status)::text = ANY ((ARRAY['in_progress'::character varying, 'needs_changes'::character varying])::text[]));


--
-- Name: wagtailadmi_content_717955_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailadmi_content_717955_idx ON public.wagtailadmin_editingsession USING btree (content_type_id, object_id);


--
-- Name: wagtailadmin_editingsession_content_type_id_4df7730e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailadmin_editingsession_content_type_id_4df7730e ON public.wagtailadmin_editingsession USING btree (content_type_id);


--
-- Name: wagtailadmin_editingsession_user_id_6e1a9b70; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailadmin_editingsession_user_id_6e1a9b70 ON public.wagtailadmin_editingsession USING btree (user_id);


--
-- Name: wagtailadmin_formstate_content_type_id_e32438b3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailadmin_formstate_content_type_id_e32438b3 ON public.wagtailadmin_formstate USING btree (content_type_id);


--
-- Name: wagtailadmin_formstate_user_id_b910adc2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailadmin_formstate_user_id_b910adc2 ON public.wagtailadmin_formstate USING btree (user_id);


--
-- Name: wagtailcore_apitoken_key_hash_65979b78_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_apitoken_key_hash_65979b78_like ON public.wagtailcore_apitoken USING btree (key_hash varchar_pattern_ops);


--
-- Name: wagtailcore_apitoken_user_id_49b1141b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_apitoken_user_id_49b1141b ON public.wagtailcore_apitoken USING btree (user_id);


--
-- Name: wagtailcore_collection_path_d848dc19_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_collection_path_d848dc19_like ON public.wagtailcore_collection USING btree (path varchar_pattern_ops);


--
-- Name: wagtailcore_collectionview_collectionviewrestriction__47320efd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_collectionview_collectionviewrestriction__47320efd ON public.wagtailcore_collectionviewrestriction_groups USING btree (collectionviewrestriction_id);


--
-- Name: wagtailcore_collectionviewrestriction_collection_id_761908ec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_collectionviewrestriction_collection_id_761908ec ON public.wagtailcore_collectionviewrestriction USING btree (collection_id);


--
-- Name: wagtailcore_collectionviewrestriction_groups_group_id_1823f2a3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_collectionviewrestriction_groups_group_id_1823f2a3 ON public.wagtailcore_collectionviewrestriction_groups USING btree (group_id);


--
-- Name: wagtailcore_comment_page_id_108444b5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_comment_page_id_108444b5 ON public.wagtailcore_comment USING btree (page_id);


--
-- Name: wagtailcore_comment_resolved_by_id_a282aa0e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_comment_resolved_by_id_a282aa0e ON public.wagtailcore_comment USING btree (resolved_by_id);


--
-- Name: wagtailcore_comment_revision_created_id_1d058279; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_comment_revision_created_id_1d058279 ON public.wagtailcore_comment USING btree (revision_created_id);


--
-- Name: wagtailcore_comment_user_id_0c577ca6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_comment_user_id_0c577ca6 ON public.wagtailcore_comment USING btree (user_id);


--
-- Name: wagtailcore_commentreply_comment_id_afc7e027; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_commentreply_comment_id_afc7e027 ON public.wagtailcore_commentreply USING btree (comment_id);


--
-- Name: wagtailcore_commentreply_user_id_d0b3b9c3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_commentreply_user_id_d0b3b9c3 ON public.wagtailcore_commentreply USING btree (user_id);


--
-- Name: wagtailcore_groupapprovalt_groupapprovaltask_id_9a9255ea; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_groupapprovalt_groupapprovaltask_id_9a9255ea ON public.wagtailcore_groupapprovaltask_groups USING btree (groupapprovaltask_id);


--
-- Name: wagtailcore_groupapprovaltask_groups_group_id_2e64b61f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_groupapprovaltask_groups_group_id_2e64b61f ON public.wagtailcore_groupapprovaltask_groups USING btree (group_id);


--
-- Name: wagtailcore_groupcollectionpermission_collection_id_5423575a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_groupcollectionpermission_collection_id_5423575a ON public.wagtailcore_groupcollectionpermission USING btree (collection_id);


--
-- Name: wagtailcore_groupcollectionpermission_group_id_05d61460; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_groupcollectionpermission_group_id_05d61460 ON public.wagtailcore_groupcollectionpermission USING btree (group_id);


--
-- Name: wagtailcore_groupcollectionpermission_permission_id_1b626275; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_groupcollectionpermission_permission_id_1b626275 ON public.wagtailcore_groupcollectionpermission USING btree (permission_id);


--
-- Name: wagtailcore_grouppagepermission_group_id_fc07e671; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_grouppagepermission_group_id_fc07e671 ON public.wagtailcore_grouppagepermission USING btree (group_id);


--
-- Name: wagtailcore_grouppagepermission_page_id_710b114a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_grouppagepermission_page_id_710b114a ON public.wagtailcore_grouppagepermission USING btree (page_id);


--
-- Name: wagtailcore_grouppagepermission_permission_id_05acb22e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_grouppagepermission_permission_id_05acb22e ON public.wagtailcore_grouppagepermission USING btree (permission_id);


--
-- Name: wagtailcore_groupsitepermission_group_id_e5cdbee4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_groupsitepermission_group_id_e5cdbee4 ON public.wagtailcore_groupsitepermission USING btree (group_id);


--
-- Name: wagtailcore_groupsitepermission_permission_id_459b1f38; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_groupsitepermission_permission_id_459b1f38 ON public.wagtailcore_groupsitepermission USING btree (permission_id);


--
-- Name: wagtailcore_groupsitepermission_site_id_245de488; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_groupsitepermission_site_id_245de488 ON public.wagtailcore_groupsitepermission USING btree (site_id);


--
-- Name: wagtailcore_locale_language_code_03149338_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_locale_language_code_03149338_like ON public.wagtailcore_locale USING btree (language_code varchar_pattern_ops);


--
-- Name: wagtailcore_modellogentry_action_d2d856ee; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_modellogentry_action_d2d856ee ON public.wagtailcore_modellogentry USING btree (action);


--
-- Name: wagtailcore_modellogentry_action_d2d856ee_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_modellogentry_action_d2d856ee_like ON public.wagtailcore_modellogentry USING btree (action varchar_pattern_ops);


--
-- Name: wagtailcore_modellogentry_content_changed_8bc39742; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_modellogentry_content_changed_8bc39742 ON public.wagtailcore_modellogentry USING btree (content_changed);


--
-- Name: wagtailcore_modellogentry_content_type_id_68849e77; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_modellogentry_content_type_id_68849e77 ON public.wagtailcore_modellogentry USING btree (content_type_id);


--
-- Name: wagtailcore_modellogentry_object_id_e0e7d4ef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_modellogentry_object_id_e0e7d4ef ON public.wagtailcore_modellogentry USING btree (object_id);


--
-- Name: wagtailcore_modellogentry_object_id_e0e7d4ef_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_modellogentry_object_id_e0e7d4ef_like ON public.wagtailcore_modellogentry USING btree (object_id varchar_pattern_ops);


--
-- Name: wagtailcore_modellogentry_revision_id_df6ca33a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_modellogentry_revision_id_df6ca33a ON public.wagtailcore_modellogentry USING btree (revision_id);


--
-- Name: wagtailcore_modellogentry_timestamp_9694521b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_modellogentry_timestamp_9694521b ON public.wagtailcore_modellogentry USING btree ("timestamp");


--
-- Name: wagtailcore_modellogentry_user_id_0278d1bf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_modellogentry_user_id_0278d1bf ON public.wagtailcore_modellogentry USING btree (user_id);


--
-- Name: wagtailcore_page_alias_of_id_12945502; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_page_alias_of_id_12945502 ON public.wagtailcore_page USING btree (alias_of_id);


--
-- Name: wagtailcore_page_content_type_id_c28424df; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_page_content_type_id_c28424df ON public.wagtailcore_page USING btree (content_type_id);


--
-- Name: wagtailcore_page_first_published_at_2b5dd637; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_page_first_published_at_2b5dd637 ON public.wagtailcore_page USING btree (first_published_at);


--
-- Name: wagtailcore_page_latest_revision_id_e60fef51; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_page_latest_revision_id_e60fef51 ON public.wagtailcore_page USING btree (latest_revision_id);


--
-- Name: wagtailcore_page_live_revision_id_930bd822; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_page_live_revision_id_930bd822 ON public.wagtailcore_page USING btree (live_revision_id);


--
-- Name: wagtailcore_page_locale_id_3c7e30a6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_page_locale_id_3c7e30a6 ON public.wagtailcore_page USING btree (locale_id);


--
-- Name: wagtailcore_page_locked_by_id_bcb86245; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_page_locked_by_id_bcb86245 ON public.wagtailcore_page USING btree (locked_by_id);


--
-- Name: wagtailcore_page_owner_id_fbf7c332; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_page_owner_id_fbf7c332 ON public.wagtailcore_page USING btree (owner_id);


--
-- Name: wagtailcore_page_path_98eba2c8_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_page_path_98eba2c8_like ON public.wagtailcore_page USING btree (path varchar_pattern_ops);


--
-- Name: wagtailcore_page_slug_e7c11b8f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_page_slug_e7c11b8f ON public.wagtailcore_page USING btree (slug);


--
-- Name: wagtailcore_page_slug_e7c11b8f_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_page_slug_e7c11b8f_like ON public.wagtailcore_page USING btree (slug varchar_pattern_ops);


--
-- Name: wagtailcore_pagelogentry_action_c2408198; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pagelogentry_action_c2408198 ON public.wagtailcore_pagelogentry USING btree (action);


--
-- Name: wagtailcore_pagelogentry_action_c2408198_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pagelogentry_action_c2408198_like ON public.wagtailcore_pagelogentry USING btree (action varchar_pattern_ops);


--
-- Name: wagtailcore_pagelogentry_content_changed_99f27ade; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pagelogentry_content_changed_99f27ade ON public.wagtailcore_pagelogentry USING btree (content_changed);


--
-- Name: wagtailcore_pagelogentry_content_type_id_74e7708a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pagelogentry_content_type_id_74e7708a ON public.wagtailcore_pagelogentry USING btree (content_type_id);


--
-- Name: wagtailcore_pagelogentry_page_id_8464e327; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pagelogentry_page_id_8464e327 ON public.wagtailcore_pagelogentry USING btree (page_id);


--
-- Name: wagtailcore_pagelogentry_revision_id_8043d103; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pagelogentry_revision_id_8043d103 ON public.wagtailcore_pagelogentry USING btree (revision_id);


--
-- Name: wagtailcore_pagelogentry_timestamp_deb774c4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pagelogentry_timestamp_deb774c4 ON public.wagtailcore_pagelogentry USING btree ("timestamp");


--
-- Name: wagtailcore_pagelogentry_user_id_604ccfd8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pagelogentry_user_id_604ccfd8 ON public.wagtailcore_pagelogentry USING btree (user_id);


--
-- Name: wagtailcore_pagerevision_approved_go_live_at_e56afc67; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pagerevision_approved_go_live_at_e56afc67 ON public.wagtailcore_revision USING btree (approved_go_live_at);


--
-- Name: wagtailcore_pagerevision_created_at_66954e3b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pagerevision_created_at_66954e3b ON public.wagtailcore_revision USING btree (created_at);


--
-- Name: wagtailcore_pagerevision_user_id_2409d2f4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pagerevision_user_id_2409d2f4 ON public.wagtailcore_revision USING btree (user_id);


--
-- Name: wagtailcore_pagesubscription_page_id_a085e7a6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pagesubscription_page_id_a085e7a6 ON public.wagtailcore_pagesubscription USING btree (page_id);


--
-- Name: wagtailcore_pagesubscription_user_id_89d7def9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pagesubscription_user_id_89d7def9 ON public.wagtailcore_pagesubscription USING btree (user_id);


--
-- Name: wagtailcore_pageviewrestri_pageviewrestriction_id_f147a99a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pageviewrestri_pageviewrestriction_id_f147a99a ON public.wagtailcore_pageviewrestriction_groups USING btree (pageviewrestriction_id);


--
-- Name: wagtailcore_pageviewrestriction_groups_group_id_6460f223; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pageviewrestriction_groups_group_id_6460f223 ON public.wagtailcore_pageviewrestriction_groups USING btree (group_id);


--
-- Name: wagtailcore_pageviewrestriction_page_id_15a8bea6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_pageviewrestriction_page_id_15a8bea6 ON public.wagtailcore_pageviewrestriction USING btree (page_id);


--
-- Name: wagtailcore_referenceindex_base_content_type_id_313cf40f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_referenceindex_base_content_type_id_313cf40f ON public.wagtailcore_referenceindex USING btree (base_content_type_id);


--
-- Name: wagtailcore_referenceindex_content_type_id_766e0336; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_referenceindex_content_type_id_766e0336 ON public.wagtailcore_referenceindex USING btree (content_type_id);


--
-- Name: wagtailcore_referenceindex_to_content_type_id_93690bbd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_referenceindex_to_content_type_id_93690bbd ON public.wagtailcore_referenceindex USING btree (to_content_type_id);


--
-- Name: wagtailcore_revision_base_content_type_id_5b4ef7bd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_revision_base_content_type_id_5b4ef7bd ON public.wagtailcore_revision USING btree (base_content_type_id);


--
-- Name: wagtailcore_revision_content_type_id_c8cb69c0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_revision_content_type_id_c8cb69c0 ON public.wagtailcore_revision USING btree (content_type_id);


--
-- Name: wagtailcore_site_hostname_96b20b46; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_site_hostname_96b20b46 ON public.wagtailcore_site USING btree (hostname);


--
-- Name: wagtailcore_site_hostname_96b20b46_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_site_hostname_96b20b46_like ON public.wagtailcore_site USING btree (hostname varchar_pattern_ops);


--
-- Name: wagtailcore_site_root_page_id_e02fb95c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_site_root_page_id_e02fb95c ON public.wagtailcore_site USING btree (root_page_id);


--
-- Name: wagtailcore_task_content_type_id_249ab8ba; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_task_content_type_id_249ab8ba ON public.wagtailcore_task USING btree (content_type_id);


--
-- Name: wagtailcore_taskstate_content_type_id_0a758fdc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_taskstate_content_type_id_0a758fdc ON public.wagtailcore_taskstate USING btree (content_type_id);


--
-- Name: wagtailcore_taskstate_finished_by_id_13f98229; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_taskstate_finished_by_id_13f98229 ON public.wagtailcore_taskstate USING btree (finished_by_id);


--
-- Name: wagtailcore_taskstate_page_revision_id_9f52c88e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_taskstate_page_revision_id_9f52c88e ON public.wagtailcore_taskstate USING btree (revision_id);


--
-- Name: wagtailcore_taskstate_task_id_c3677c34; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_taskstate_task_id_c3677c34 ON public.wagtailcore_taskstate USING btree (task_id);


--
-- Name: wagtailcore_taskstate_workflow_state_id_9239a775; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_taskstate_workflow_state_id_9239a775 ON public.wagtailcore_taskstate USING btree (workflow_state_id);


--
-- Name: wagtailcore_uploadedfile_for_content_type_id_b0fc87b2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_uploadedfile_for_content_type_id_b0fc87b2 ON public.wagtailcore_uploadedfile USING btree (for_content_type_id);


--
-- Name: wagtailcore_uploadedfile_uploaded_by_user_id_c7580fe8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_uploadedfile_uploaded_by_user_id_c7580fe8 ON public.wagtailcore_uploadedfile USING btree (uploaded_by_user_id);


--
-- Name: wagtailcore_uuid_06a44d_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_uuid_06a44d_idx ON public.wagtailcore_pagelogentry USING btree (uuid, action, "timestamp" DESC);


--
-- Name: wagtailcore_uuid_d6363b_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_uuid_d6363b_idx ON public.wagtailcore_modellogentry USING btree (uuid, action, "timestamp" DESC);


--
-- Name: wagtailcore_workflowcontenttype_workflow_id_9aad7cd2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_workflowcontenttype_workflow_id_9aad7cd2 ON public.wagtailcore_workflowcontenttype USING btree (workflow_id);


--
-- Name: wagtailcore_workflowpage_workflow_id_56f56ff6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_workflowpage_workflow_id_56f56ff6 ON public.wagtailcore_workflowpage USING btree (workflow_id);


--
-- Name: wagtailcore_workflowstate_base_content_type_id_a30dc576; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_workflowstate_base_content_type_id_a30dc576 ON public.wagtailcore_workflowstate USING btree (base_content_type_id);


--
-- Name: wagtailcore_workflowstate_content_type_id_2bb78ce1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_workflowstate_content_type_id_2bb78ce1 ON public.wagtailcore_workflowstate USING btree (content_type_id);


--
-- Name: wagtailcore_workflowstate_requested_by_id_4090bca3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_workflowstate_requested_by_id_4090bca3 ON public.wagtailcore_workflowstate USING btree (requested_by_id);


--
-- Name: wagtailcore_workflowstate_workflow_id_1f18378f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_workflowstate_workflow_id_1f18378f ON public.wagtailcore_workflowstate USING btree (workflow_id);


--
-- Name: wagtailcore_workflowtask_task_id_ce7716fe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_workflowtask_task_id_ce7716fe ON public.wagtailcore_workflowtask USING btree (task_id);


--
-- Name: wagtailcore_workflowtask_workflow_id_b9717175; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailcore_workflowtask_workflow_id_b9717175 ON public.wagtailcore_workflowtask USING btree (workflow_id);


--
-- Name: wagtaildocs_document_collection_id_23881625; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtaildocs_document_collection_id_23881625 ON public.wagtaildocs_document USING btree (collection_id);


--
-- Name: wagtaildocs_document_uploaded_by_user_id_17258b41; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtaildocs_document_uploaded_by_user_id_17258b41 ON public.wagtaildocs_document USING btree (uploaded_by_user_id);


--
-- Name: wagtailembeds_embed_cache_until_26c94bb0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailembeds_embed_cache_until_26c94bb0 ON public.wagtailembeds_embed USING btree (cache_until);


--
-- Name: wagtailembeds_embed_hash_c9bd8c9a_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailembeds_embed_hash_c9bd8c9a_like ON public.wagtailembeds_embed USING btree (hash varchar_pattern_ops);


--
-- Name: wagtailforms_formsubmission_page_id_e48e93e7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailforms_formsubmission_page_id_e48e93e7 ON public.wagtailforms_formsubmission USING btree (page_id);


--
-- Name: wagtailimages_image_collection_id_c2f8af7e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailimages_image_collection_id_c2f8af7e ON public.wagtailimages_image USING btree (collection_id);


--
-- Name: wagtailimages_image_created_at_86fa6cd4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailimages_image_created_at_86fa6cd4 ON public.wagtailimages_image USING btree (created_at);


--
-- Name: wagtailimages_image_file_hash_fb5bbb23; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailimages_image_file_hash_fb5bbb23 ON public.wagtailimages_image USING btree (file_hash);


--
-- Name: wagtailimages_image_file_hash_fb5bbb23_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailimages_image_file_hash_fb5bbb23_like ON public.wagtailimages_image USING btree (file_hash varchar_pattern_ops);


--
-- Name: wagtailimages_image_uploaded_by_user_id_5d73dc75; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailimages_image_uploaded_by_user_id_5d73dc75 ON public.wagtailimages_image USING btree (uploaded_by_user_id);


--
-- Name: wagtailimages_rendition_filter_spec_1cba3201; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailimages_rendition_filter_spec_1cba3201 ON public.wagtailimages_rendition USING btree (filter_spec);


--
-- Name: wagtailimages_rendition_filter_spec_1cba3201_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailimages_rendition_filter_spec_1cba3201_like ON public.wagtailimages_rendition USING btree (filter_spec varchar_pattern_ops);


--
-- Name: wagtailimages_rendition_image_id_3e1fd774; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailimages_rendition_image_id_3e1fd774 ON public.wagtailimages_rendition USING btree (image_id);


--
-- Name: wagtailredirects_redirect_old_path_bb35247b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailredirects_redirect_old_path_bb35247b ON public.wagtailredirects_redirect USING btree (old_path);


--
-- Name: wagtailredirects_redirect_old_path_bb35247b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailredirects_redirect_old_path_bb35247b_like ON public.wagtailredirects_redirect USING btree (old_path varchar_pattern_ops);


--
-- Name: wagtailredirects_redirect_redirect_page_id_b5728a8f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailredirects_redirect_redirect_page_id_b5728a8f ON public.wagtailredirects_redirect USING btree (redirect_page_id);


--
-- Name: wagtailredirects_redirect_site_id_780a0e1e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailredirects_redirect_site_id_780a0e1e ON public.wagtailredirects_redirect USING btree (site_id);


--
-- Name: wagtailsear_autocom_476c89_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailsear_autocom_476c89_gin ON public.wagtailsearch_indexentry USING gin (autocomplete);


--
-- Name: wagtailsear_body_90c85d_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailsear_body_90c85d_gin ON public.wagtailsearch_indexentry USING gin (body);


--
-- Name: wagtailsear_title_9caae0_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailsear_title_9caae0_gin ON public.wagtailsearch_indexentry USING gin (title);


--
-- Name: wagtailsearch_indexentry_content_type_id_62ed694f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wagtailsearch_indexentry_content_type_id_62ed694f ON public.wagtailsearch_indexentry USING btree (content_type_id);


--
-- Name: workflowstate_base_ct_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX workflowstate_base_ct_id_idx ON public.wagtailcore_workflowstate USING btree (base_content_type_id, object_id);


--
-- Name: workflowstate_ct_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX workflowstate_ct_id_idx ON public.wagtailcore_workflowstate USING btree (content_type_id, object_id);


--
-- Name: surveys_surveyresponse surveys_tally_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER surveys_tally_delete AFTER DELETE ON public.surveys_surveyresponse REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION public.surveys_tally_trigger();


--
-- Name: surveys_surveyresponse surveys_tally_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER surveys_tally_insert AFTER INSERT ON public.surveys_surveyresponse REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION public.surveys_tally_trigger();


--
-- Name: surveys_surveyresponse surveys_tally_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER surveys_tally_update AFTER UPDATE ON public.surveys_surveyresponse REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION public.surveys_tally_trigger();


--
-- Name: auth_group_permissions auth_group_permissio_permission_id_84c5c92e_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissio_permission_id_84c5c92e_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_group_permissions auth_group_permissions_group_id_b120cbf9_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_b120cbf9_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_permission auth_permission_content_type_id_2f476e4b_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_2f476e4b_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_groups auth_user_groups_group_id_97559544_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_group_id_97559544_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_groups auth_user_groups_user_id_6a12ed8b_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_user_id_6a12ed8b_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_user_permissions auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_user_permissions auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: axes_accessattemptexpiration axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattemptexpiration
    ADD CONSTRAINT axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce FOREIGN KEY (access_attempt_id) REFERENCES public.axes_accessattempt(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_courseindexpage courses_courseindexp_page_ptr_id_9c2ccae8_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_courseindexpage
    ADD CONSTRAINT courses_courseindexp_page_ptr_id_9c2ccae8_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_courseindexpage courses_courseindexp_social_image_id_f5b1c395_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_courseindexpage
    ADD CONSTRAINT courses_courseindexp_social_image_id_f5b1c395_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_coursepage courses_coursepage_page_ptr_id_18f56fe1_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_coursepage
    ADD CONSTRAINT courses_coursepage_page_ptr_id_18f56fe1_fk_wagtailcore_page_id FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_coursepage courses_coursepage_project_id_b4104981_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_coursepage
    ADD CONSTRAINT courses_coursepage_project_id_b4104981_fk_projects_ FOREIGN KEY (project_id) REFERENCES public.projects_projectpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_coursepage courses_coursepage_social_image_id_29950d14_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_coursepage
    ADD CONSTRAINT courses_coursepage_social_image_id_29950d14_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_coursepage_themes courses_coursepage_t_coursepage_id_42e1d533_fk_courses_c; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_coursepage_themes
    ADD CONSTRAINT courses_coursepage_t_coursepage_id_42e1d533_fk_courses_c FOREIGN KEY (coursepage_id) REFERENCES public.courses_coursepage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_coursepage_themes courses_coursepage_t_theme_id_c49edb5e_fk_lederweb_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_coursepage_themes
    ADD CONSTRAINT courses_coursepage_t_theme_id_c49edb5e_fk_lederweb_ FOREIGN KEY (theme_id) REFERENCES public.lederweb_theme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_coursepage_vaeksthuse courses_coursepage_v_coursepage_id_04859e45_fk_courses_c; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_coursepage_vaeksthuse
    ADD CONSTRAINT courses_coursepage_v_coursepage_id_04859e45_fk_courses_c FOREIGN KEY (coursepage_id) REFERENCES public.courses_coursepage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_coursepage_vaeksthuse courses_coursepage_v_sectionpage_id_6a290ae3_fk_lederweb_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_coursepage_vaeksthuse
    ADD CONSTRAINT courses_coursepage_v_sectionpage_id_6a290ae3_fk_lederweb_ FOREIGN KEY (sectionpage_id) REFERENCES public.lederweb_sectionpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_groupinvitation courses_groupinvitat_group_id_649f0df4_fk_courses_l; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_groupinvitation
    ADD CONSTRAINT courses_groupinvitat_group_id_649f0df4_fk_courses_l FOREIGN KEY (group_id) REFERENCES public.courses_leadergroup(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_groupinvitation courses_groupinvitat_invited_by_id_c20708e3_fk_courses_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_groupinvitation
    ADD CONSTRAINT courses_groupinvitat_invited_by_id_c20708e3_fk_courses_p FOREIGN KEY (invited_by_id) REFERENCES public.courses_participant(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_leadergroup_members courses_leadergroup__leadergroup_id_00a2bb98_fk_courses_l; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_leadergroup_members
    ADD CONSTRAINT courses_leadergroup__leadergroup_id_00a2bb98_fk_courses_l FOREIGN KEY (leadergroup_id) REFERENCES public.courses_leadergroup(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_leadergroup_members courses_leadergroup__participant_id_1b5f5db0_fk_courses_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_leadergroup_members
    ADD CONSTRAINT courses_leadergroup__participant_id_1b5f5db0_fk_courses_p FOREIGN KEY (participant_id) REFERENCES public.courses_participant(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_leadergroup courses_leadergroup_course_id_20b2dd01_fk_courses_c; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_leadergroup
    ADD CONSTRAINT courses_leadergroup_course_id_20b2dd01_fk_courses_c FOREIGN KEY (course_id) REFERENCES public.courses_coursepage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_leadergroup courses_leadergroup_created_by_id_89b5b9db_fk_courses_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_leadergroup
    ADD CONSTRAINT courses_leadergroup_created_by_id_89b5b9db_fk_courses_p FOREIGN KEY (created_by_id) REFERENCES public.courses_participant(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_lessonpage courses_lessonpage_page_ptr_id_10fa903d_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_lessonpage
    ADD CONSTRAINT courses_lessonpage_page_ptr_id_10fa903d_fk_wagtailcore_page_id FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_lessonpage courses_lessonpage_social_image_id_444747fa_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_lessonpage
    ADD CONSTRAINT courses_lessonpage_social_image_id_444747fa_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_lessonpage courses_lessonpage_task_sheet_id_fa283cd9_fk_wagtaildo; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_lessonpage
    ADD CONSTRAINT courses_lessonpage_task_sheet_id_fa283cd9_fk_wagtaildo FOREIGN KEY (task_sheet_id) REFERENCES public.wagtaildocs_document(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_lessonprogress courses_lessonprogre_lesson_id_b0b36960_fk_courses_l; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_lessonprogress
    ADD CONSTRAINT courses_lessonprogre_lesson_id_b0b36960_fk_courses_l FOREIGN KEY (lesson_id) REFERENCES public.courses_lessonpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_lessonprogress courses_lessonprogre_participant_id_7c1cbb86_fk_courses_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_lessonprogress
    ADD CONSTRAINT courses_lessonprogre_participant_id_7c1cbb86_fk_courses_p FOREIGN KEY (participant_id) REFERENCES public.courses_participant(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_modulepage courses_modulepage_page_ptr_id_cf7c8679_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_modulepage
    ADD CONSTRAINT courses_modulepage_page_ptr_id_cf7c8679_fk_wagtailcore_page_id FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_modulepage courses_modulepage_social_image_id_587e2fad_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_modulepage
    ADD CONSTRAINT courses_modulepage_social_image_id_587e2fad_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_participant courses_participant_first_course_id_75adb985_fk_courses_c; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_participant
    ADD CONSTRAINT courses_participant_first_course_id_75adb985_fk_courses_c FOREIGN KEY (first_course_id) REFERENCES public.courses_coursepage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_questionresult courses_questionresu_lesson_id_6c7ffb8f_fk_courses_l; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_questionresult
    ADD CONSTRAINT courses_questionresu_lesson_id_6c7ffb8f_fk_courses_l FOREIGN KEY (lesson_id) REFERENCES public.courses_lessonpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: courses_questionresult courses_questionresu_participant_id_65be4e46_fk_courses_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses_questionresult
    ADD CONSTRAINT courses_questionresu_participant_id_65be4e46_fk_courses_p FOREIGN KEY (participant_id) REFERENCES public.courses_participant(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_content_type_id_c4bce8eb_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_content_type_id_c4bce8eb_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_user_id_c564eba6_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_user_id_c564eba6_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: events_eventindexpage events_eventindexpag_page_ptr_id_d4ed8796_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventindexpage
    ADD CONSTRAINT events_eventindexpag_page_ptr_id_d4ed8796_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: events_eventindexpage events_eventindexpag_social_image_id_05ccce87_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventindexpage
    ADD CONSTRAINT events_eventindexpag_social_image_id_05ccce87_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: events_eventpage events_eventpage_page_ptr_id_c6701067_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventpage
    ADD CONSTRAINT events_eventpage_page_ptr_id_c6701067_fk_wagtailcore_page_id FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: events_eventpage events_eventpage_project_id_c74b4f35_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventpage
    ADD CONSTRAINT events_eventpage_project_id_c74b4f35_fk_projects_ FOREIGN KEY (project_id) REFERENCES public.projects_projectpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: events_eventpage events_eventpage_social_image_id_15007bb7_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventpage
    ADD CONSTRAINT events_eventpage_social_image_id_15007bb7_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: events_eventpage_themes events_eventpage_the_eventpage_id_334ff5f8_fk_events_ev; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventpage_themes
    ADD CONSTRAINT events_eventpage_the_eventpage_id_334ff5f8_fk_events_ev FOREIGN KEY (eventpage_id) REFERENCES public.events_eventpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: events_eventpage_themes events_eventpage_themes_theme_id_0fa06c5a_fk_lederweb_theme_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventpage_themes
    ADD CONSTRAINT events_eventpage_themes_theme_id_0fa06c5a_fk_lederweb_theme_id FOREIGN KEY (theme_id) REFERENCES public.lederweb_theme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: events_eventpage_vaeksthuse events_eventpage_vae_eventpage_id_af4625cd_fk_events_ev; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventpage_vaeksthuse
    ADD CONSTRAINT events_eventpage_vae_eventpage_id_af4625cd_fk_events_ev FOREIGN KEY (eventpage_id) REFERENCES public.events_eventpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: events_eventpage_vaeksthuse events_eventpage_vae_sectionpage_id_b887f20d_fk_lederweb_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_eventpage_vaeksthuse
    ADD CONSTRAINT events_eventpage_vae_sectionpage_id_b887f20d_fk_lederweb_ FOREIGN KEY (sectionpage_id) REFERENCES public.lederweb_sectionpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: events_registration events_registration_event_id_75b6f198_fk_events_ev; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_registration
    ADD CONSTRAINT events_registration_event_id_75b6f198_fk_events_ev FOREIGN KEY (event_id) REFERENCES public.events_eventpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_contactpage lederweb_contactpage_page_ptr_id_f74adf97_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_contactpage
    ADD CONSTRAINT lederweb_contactpage_page_ptr_id_f74adf97_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_contactpage lederweb_contactpage_social_image_id_8b3052c3_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_contactpage
    ADD CONSTRAINT lederweb_contactpage_social_image_id_8b3052c3_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_homepage lederweb_homepage_featured_page_id_fc0aab51_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_homepage
    ADD CONSTRAINT lederweb_homepage_featured_page_id_fc0aab51_fk_wagtailco FOREIGN KEY (featured_page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_homepage lederweb_homepage_page_ptr_id_6517b37c_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_homepage
    ADD CONSTRAINT lederweb_homepage_page_ptr_id_6517b37c_fk_wagtailcore_page_id FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_homepage lederweb_homepage_social_image_id_88f8d592_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_homepage
    ADD CONSTRAINT lederweb_homepage_social_image_id_88f8d592_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_sectionindexpage lederweb_sectioninde_page_ptr_id_960455c7_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_sectionindexpage
    ADD CONSTRAINT lederweb_sectioninde_page_ptr_id_960455c7_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_sectionindexpage lederweb_sectioninde_social_image_id_173b2ca0_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_sectionindexpage
    ADD CONSTRAINT lederweb_sectioninde_social_image_id_173b2ca0_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_sectionpage lederweb_sectionpage_page_ptr_id_f666f788_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_sectionpage
    ADD CONSTRAINT lederweb_sectionpage_page_ptr_id_f666f788_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_sectionpage lederweb_sectionpage_social_image_id_4bc3acd7_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_sectionpage
    ADD CONSTRAINT lederweb_sectionpage_social_image_id_4bc3acd7_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_sitesettings lederweb_sitesetting_share_image_id_c8035ab8_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_sitesettings
    ADD CONSTRAINT lederweb_sitesetting_share_image_id_c8035ab8_fk_wagtailim FOREIGN KEY (share_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_sitesettings lederweb_sitesettings_site_id_dbe2c0c0_fk_wagtailcore_site_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_sitesettings
    ADD CONSTRAINT lederweb_sitesettings_site_id_dbe2c0c0_fk_wagtailcore_site_id FOREIGN KEY (site_id) REFERENCES public.wagtailcore_site(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_standardpage lederweb_standardpag_page_ptr_id_101d9523_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_standardpage
    ADD CONSTRAINT lederweb_standardpag_page_ptr_id_101d9523_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_standardpage lederweb_standardpag_social_image_id_c5858228_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_standardpage
    ADD CONSTRAINT lederweb_standardpag_social_image_id_c5858228_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_themeindexpage lederweb_themeindexp_page_ptr_id_1304d38a_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_themeindexpage
    ADD CONSTRAINT lederweb_themeindexp_page_ptr_id_1304d38a_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: lederweb_themeindexpage lederweb_themeindexp_social_image_id_5b419807_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lederweb_themeindexpage
    ADD CONSTRAINT lederweb_themeindexp_social_image_id_5b419807_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: newsletter_confirmationrequest newsletter_confirmat_consent_id_bc666458_fk_newslette; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_confirmationrequest
    ADD CONSTRAINT newsletter_confirmat_consent_id_bc666458_fk_newslette FOREIGN KEY (consent_id) REFERENCES public.newsletter_consent(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: newsletter_confirmationrequest newsletter_confirmat_subscriber_id_6ddf9372_fk_newslette; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_confirmationrequest
    ADD CONSTRAINT newsletter_confirmat_subscriber_id_6ddf9372_fk_newslette FOREIGN KEY (subscriber_id) REFERENCES public.newsletter_subscriber(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: newsletter_consent newsletter_consent_subscriber_id_960152fa_fk_newslette; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_consent
    ADD CONSTRAINT newsletter_consent_subscriber_id_960152fa_fk_newslette FOREIGN KEY (subscriber_id) REFERENCES public.newsletter_subscriber(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: newsletter_delivery newsletter_delivery_issue_id_7b323103_fk_newsletter_issue_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_delivery
    ADD CONSTRAINT newsletter_delivery_issue_id_7b323103_fk_newsletter_issue_id FOREIGN KEY (issue_id) REFERENCES public.newsletter_issue(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: newsletter_delivery newsletter_delivery_subscriber_id_0627441d_fk_newslette; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_delivery
    ADD CONSTRAINT newsletter_delivery_subscriber_id_0627441d_fk_newslette FOREIGN KEY (subscriber_id) REFERENCES public.newsletter_subscriber(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: newsletter_issueitem newsletter_issueitem_issue_id_1c8c8939_fk_newsletter_issue_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_issueitem
    ADD CONSTRAINT newsletter_issueitem_issue_id_1c8c8939_fk_newsletter_issue_id FOREIGN KEY (issue_id) REFERENCES public.newsletter_issue(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: newsletter_issueitem newsletter_issueitem_page_id_d7528230_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_issueitem
    ADD CONSTRAINT newsletter_issueitem_page_id_d7528230_fk_wagtailcore_page_id FOREIGN KEY (page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: newsletter_providerevent newsletter_providere_subscriber_id_61bc9e86_fk_newslette; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_providerevent
    ADD CONSTRAINT newsletter_providere_subscriber_id_61bc9e86_fk_newslette FOREIGN KEY (subscriber_id) REFERENCES public.newsletter_subscriber(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: newsletter_subscriber_sections newsletter_subscribe_sectionpage_id_1e153e20_fk_lederweb_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_subscriber_sections
    ADD CONSTRAINT newsletter_subscribe_sectionpage_id_1e153e20_fk_lederweb_ FOREIGN KEY (sectionpage_id) REFERENCES public.lederweb_sectionpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: newsletter_subscriber_sections newsletter_subscribe_subscriber_id_4579ab62_fk_newslette; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.newsletter_subscriber_sections
    ADD CONSTRAINT newsletter_subscribe_subscriber_id_4579ab62_fk_newslette FOREIGN KEY (subscriber_id) REFERENCES public.newsletter_subscriber(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_articleindexpage projects_articleinde_page_ptr_id_4b14d8c0_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articleindexpage
    ADD CONSTRAINT projects_articleinde_page_ptr_id_4b14d8c0_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_articleindexpage projects_articleinde_social_image_id_b5655838_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articleindexpage
    ADD CONSTRAINT projects_articleinde_social_image_id_b5655838_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_articlepage_themes projects_articlepage_articlepage_id_7eb3c13a_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage_themes
    ADD CONSTRAINT projects_articlepage_articlepage_id_7eb3c13a_fk_projects_ FOREIGN KEY (articlepage_id) REFERENCES public.projects_articlepage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_articlepage_vaeksthuse projects_articlepage_articlepage_id_f524c314_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage_vaeksthuse
    ADD CONSTRAINT projects_articlepage_articlepage_id_f524c314_fk_projects_ FOREIGN KEY (articlepage_id) REFERENCES public.projects_articlepage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_articlepage projects_articlepage_author_id_b7c02625_fk_projects_contact_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage
    ADD CONSTRAINT projects_articlepage_author_id_b7c02625_fk_projects_contact_id FOREIGN KEY (author_id) REFERENCES public.projects_contact(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_articlepage projects_articlepage_image_id_c15cdea1_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage
    ADD CONSTRAINT projects_articlepage_image_id_c15cdea1_fk_wagtailim FOREIGN KEY (image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_articlepage projects_articlepage_page_ptr_id_c229de8d_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage
    ADD CONSTRAINT projects_articlepage_page_ptr_id_c229de8d_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_articlepage projects_articlepage_project_id_425662ec_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage
    ADD CONSTRAINT projects_articlepage_project_id_425662ec_fk_projects_ FOREIGN KEY (project_id) REFERENCES public.projects_projectpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_articlepage_vaeksthuse projects_articlepage_sectionpage_id_c16225ec_fk_lederweb_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage_vaeksthuse
    ADD CONSTRAINT projects_articlepage_sectionpage_id_c16225ec_fk_lederweb_ FOREIGN KEY (sectionpage_id) REFERENCES public.lederweb_sectionpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_articlepage projects_articlepage_social_image_id_1302ed46_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage
    ADD CONSTRAINT projects_articlepage_social_image_id_1302ed46_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_articlepage_themes projects_articlepage_theme_id_c45d5081_fk_lederweb_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_articlepage_themes
    ADD CONSTRAINT projects_articlepage_theme_id_c45d5081_fk_lederweb_ FOREIGN KEY (theme_id) REFERENCES public.lederweb_theme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_idea projects_idea_image_id_f8dd6577_fk_wagtailimages_image_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_idea
    ADD CONSTRAINT projects_idea_image_id_f8dd6577_fk_wagtailimages_image_id FOREIGN KEY (image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_idea projects_idea_page_id_c2fd5662_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_idea
    ADD CONSTRAINT projects_idea_page_id_c2fd5662_fk_projects_ FOREIGN KEY (page_id) REFERENCES public.projects_ideacollectionpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_ideacollectionpage projects_ideacollect_page_ptr_id_04b1ed4f_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_ideacollectionpage
    ADD CONSTRAINT projects_ideacollect_page_ptr_id_04b1ed4f_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_ideacollectionpage projects_ideacollect_project_id_8cae3c10_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_ideacollectionpage
    ADD CONSTRAINT projects_ideacollect_project_id_8cae3c10_fk_projects_ FOREIGN KEY (project_id) REFERENCES public.projects_projectpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_ideacollectionpage projects_ideacollect_social_image_id_50f56d7b_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_ideacollectionpage
    ADD CONSTRAINT projects_ideacollect_social_image_id_50f56d7b_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_programmepage projects_programmepa_page_ptr_id_d5dedcff_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_programmepage
    ADD CONSTRAINT projects_programmepa_page_ptr_id_d5dedcff_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_programmepage projects_programmepa_project_id_aae60a6a_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_programmepage
    ADD CONSTRAINT projects_programmepa_project_id_aae60a6a_fk_projects_ FOREIGN KEY (project_id) REFERENCES public.projects_projectpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_programmepage projects_programmepa_social_image_id_014b8bbf_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_programmepage
    ADD CONSTRAINT projects_programmepa_social_image_id_014b8bbf_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_projectcontact projects_projectcont_contact_id_e2e470f5_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectcontact
    ADD CONSTRAINT projects_projectcont_contact_id_e2e470f5_fk_projects_ FOREIGN KEY (contact_id) REFERENCES public.projects_contact(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_projectcontact projects_projectcont_page_id_37fbc37d_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectcontact
    ADD CONSTRAINT projects_projectcont_page_id_37fbc37d_fk_projects_ FOREIGN KEY (page_id) REFERENCES public.projects_projectpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_projectindexpage projects_projectinde_page_ptr_id_dd5e70ca_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectindexpage
    ADD CONSTRAINT projects_projectinde_page_ptr_id_dd5e70ca_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_projectindexpage projects_projectinde_social_image_id_c2453e9e_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectindexpage
    ADD CONSTRAINT projects_projectinde_social_image_id_c2453e9e_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_projectpage projects_projectpage_page_ptr_id_2eccd927_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectpage
    ADD CONSTRAINT projects_projectpage_page_ptr_id_2eccd927_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_projectpage_themes projects_projectpage_projectpage_id_49f20259_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectpage_themes
    ADD CONSTRAINT projects_projectpage_projectpage_id_49f20259_fk_projects_ FOREIGN KEY (projectpage_id) REFERENCES public.projects_projectpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_projectpage_vaeksthuse projects_projectpage_projectpage_id_ca155f33_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectpage_vaeksthuse
    ADD CONSTRAINT projects_projectpage_projectpage_id_ca155f33_fk_projects_ FOREIGN KEY (projectpage_id) REFERENCES public.projects_projectpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_projectpage_vaeksthuse projects_projectpage_sectionpage_id_8630fc5f_fk_lederweb_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectpage_vaeksthuse
    ADD CONSTRAINT projects_projectpage_sectionpage_id_8630fc5f_fk_lederweb_ FOREIGN KEY (sectionpage_id) REFERENCES public.lederweb_sectionpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_projectpage projects_projectpage_social_image_id_9fd808e3_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectpage
    ADD CONSTRAINT projects_projectpage_social_image_id_9fd808e3_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_projectpage_themes projects_projectpage_theme_id_e441d959_fk_lederweb_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectpage_themes
    ADD CONSTRAINT projects_projectpage_theme_id_e441d959_fk_lederweb_ FOREIGN KEY (theme_id) REFERENCES public.lederweb_theme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_projectpartner projects_projectpart_page_id_a71f4427_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_projectpartner
    ADD CONSTRAINT projects_projectpart_page_id_a71f4427_fk_projects_ FOREIGN KEY (page_id) REFERENCES public.projects_projectpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_toolpage projects_toolpage_page_ptr_id_552f1c4b_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_toolpage
    ADD CONSTRAINT projects_toolpage_page_ptr_id_552f1c4b_fk_wagtailcore_page_id FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_toolpage projects_toolpage_project_id_d870fe93_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_toolpage
    ADD CONSTRAINT projects_toolpage_project_id_d870fe93_fk_projects_ FOREIGN KEY (project_id) REFERENCES public.projects_projectpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: projects_toolpage projects_toolpage_social_image_id_be034bc6_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects_toolpage
    ADD CONSTRAINT projects_toolpage_social_image_id_be034bc6_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_order publications_order_publication_id_52721dce_fk_publicati; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_order
    ADD CONSTRAINT publications_order_publication_id_52721dce_fk_publicati FOREIGN KEY (publication_id) REFERENCES public.publications_publicationpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_ordersettings publications_orderse_site_id_3998bc56_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_ordersettings
    ADD CONSTRAINT publications_orderse_site_id_3998bc56_fk_wagtailco FOREIGN KEY (site_id) REFERENCES public.wagtailcore_site(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_printrun publications_printru_page_id_ae94fa38_fk_publicati; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_printrun
    ADD CONSTRAINT publications_printru_page_id_ae94fa38_fk_publicati FOREIGN KEY (page_id) REFERENCES public.publications_publicationpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_publicationpage publications_publica_cover_id_b8021175_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage
    ADD CONSTRAINT publications_publica_cover_id_b8021175_fk_wagtailim FOREIGN KEY (cover_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_publicationpage publications_publica_document_id_5293eaed_fk_wagtaildo; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage
    ADD CONSTRAINT publications_publica_document_id_5293eaed_fk_wagtaildo FOREIGN KEY (document_id) REFERENCES public.wagtaildocs_document(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_publicationindexpage publications_publica_page_ptr_id_7515827c_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationindexpage
    ADD CONSTRAINT publications_publica_page_ptr_id_7515827c_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_publicationpage publications_publica_page_ptr_id_a0679515_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage
    ADD CONSTRAINT publications_publica_page_ptr_id_a0679515_fk_wagtailco FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_publicationpage publications_publica_project_id_c23f40e5_fk_projects_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage
    ADD CONSTRAINT publications_publica_project_id_c23f40e5_fk_projects_ FOREIGN KEY (project_id) REFERENCES public.projects_projectpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_publicationpage_themes publications_publica_publicationpage_id_275c8749_fk_publicati; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage_themes
    ADD CONSTRAINT publications_publica_publicationpage_id_275c8749_fk_publicati FOREIGN KEY (publicationpage_id) REFERENCES public.publications_publicationpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_publicationpage_vaeksthuse publications_publica_publicationpage_id_679cb67f_fk_publicati; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage_vaeksthuse
    ADD CONSTRAINT publications_publica_publicationpage_id_679cb67f_fk_publicati FOREIGN KEY (publicationpage_id) REFERENCES public.publications_publicationpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_publicationpage_vaeksthuse publications_publica_sectionpage_id_030e7788_fk_lederweb_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage_vaeksthuse
    ADD CONSTRAINT publications_publica_sectionpage_id_030e7788_fk_lederweb_ FOREIGN KEY (sectionpage_id) REFERENCES public.lederweb_sectionpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_publicationindexpage publications_publica_social_image_id_28795095_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationindexpage
    ADD CONSTRAINT publications_publica_social_image_id_28795095_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_publicationpage publications_publica_social_image_id_b08b819f_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage
    ADD CONSTRAINT publications_publica_social_image_id_b08b819f_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: publications_publicationpage_themes publications_publica_theme_id_e9e66294_fk_lederweb_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications_publicationpage_themes
    ADD CONSTRAINT publications_publica_theme_id_e9e66294_fk_lederweb_ FOREIGN KEY (theme_id) REFERENCES public.lederweb_theme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reports_eventattendance reports_eventattenda_event_id_13292c0c_fk_events_ev; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_eventattendance
    ADD CONSTRAINT reports_eventattenda_event_id_13292c0c_fk_events_ev FOREIGN KEY (event_id) REFERENCES public.events_eventpage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: sitesearch_documenttext sitesearch_documentt_document_id_238072a8_fk_wagtaildo; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sitesearch_documenttext
    ADD CONSTRAINT sitesearch_documentt_document_id_238072a8_fk_wagtaildo FOREIGN KEY (document_id) REFERENCES public.wagtaildocs_document(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: sitesearch_searchdocument sitesearch_searchdoc_page_id_a79187f2_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sitesearch_searchdocument
    ADD CONSTRAINT sitesearch_searchdoc_page_id_a79187f2_fk_wagtailco FOREIGN KEY (page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: stats_dailychapters stats_dailychapters_page_id_33c95e83_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailychapters
    ADD CONSTRAINT stats_dailychapters_page_id_33c95e83_fk_wagtailcore_page_id FOREIGN KEY (page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: stats_dailydownloads stats_dailydownloads_document_id_cef4b09c_fk_wagtaildo; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailydownloads
    ADD CONSTRAINT stats_dailydownloads_document_id_cef4b09c_fk_wagtaildo FOREIGN KEY (document_id) REFERENCES public.wagtaildocs_document(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: stats_dailypageviews stats_dailypageviews_page_id_72909dc3_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailypageviews
    ADD CONSTRAINT stats_dailypageviews_page_id_72909dc3_fk_wagtailcore_page_id FOREIGN KEY (page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: stats_dailyreads stats_dailyreads_page_id_9fa96901_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dailyreads
    ADD CONSTRAINT stats_dailyreads_page_id_9fa96901_fk_wagtailcore_page_id FOREIGN KEY (page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: stats_monthlydownloads stats_monthlydownloa_document_id_f0eb0f5d_fk_wagtaildo; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_monthlydownloads
    ADD CONSTRAINT stats_monthlydownloa_document_id_f0eb0f5d_fk_wagtaildo FOREIGN KEY (document_id) REFERENCES public.wagtaildocs_document(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: stats_monthlypageviews stats_monthlypageviews_page_id_f926814f_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_monthlypageviews
    ADD CONSTRAINT stats_monthlypageviews_page_id_f926814f_fk_wagtailcore_page_id FOREIGN KEY (page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: surveys_invitation surveys_invitation_survey_id_d0534764_fk_surveys_s; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_invitation
    ADD CONSTRAINT surveys_invitation_survey_id_d0534764_fk_surveys_s FOREIGN KEY (survey_id) REFERENCES public.surveys_surveypage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: surveys_surveypage surveys_surveypage_page_ptr_id_06a4c29d_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_surveypage
    ADD CONSTRAINT surveys_surveypage_page_ptr_id_06a4c29d_fk_wagtailcore_page_id FOREIGN KEY (page_ptr_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: surveys_surveypage surveys_surveypage_social_image_id_222b0fde_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_surveypage
    ADD CONSTRAINT surveys_surveypage_social_image_id_222b0fde_fk_wagtailim FOREIGN KEY (social_image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: surveys_surveyquestion surveys_surveyquesti_background_id_53aabdbc_fk_surveys_b; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_surveyquestion
    ADD CONSTRAINT surveys_surveyquesti_background_id_53aabdbc_fk_surveys_b FOREIGN KEY (background_id) REFERENCES public.surveys_backgroundquestion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: surveys_surveyquestion surveys_surveyquesti_page_id_02ff7d61_fk_surveys_s; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_surveyquestion
    ADD CONSTRAINT surveys_surveyquesti_page_id_02ff7d61_fk_surveys_s FOREIGN KEY (page_id) REFERENCES public.surveys_surveypage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: surveys_surveyresponse surveys_surveyresponse_page_id_e83c8cb5_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_surveyresponse
    ADD CONSTRAINT surveys_surveyresponse_page_id_e83c8cb5_fk_wagtailcore_page_id FOREIGN KEY (page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: surveys_surveytally surveys_surveytally_survey_id_f997d02a_fk_surveys_s; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_surveytally
    ADD CONSTRAINT surveys_surveytally_survey_id_f997d02a_fk_surveys_s FOREIGN KEY (survey_id) REFERENCES public.surveys_surveypage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: surveys_talliedkey surveys_talliedkey_survey_id_10d0a061_fk_surveys_s; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys_talliedkey
    ADD CONSTRAINT surveys_talliedkey_survey_id_10d0a061_fk_surveys_s FOREIGN KEY (survey_id) REFERENCES public.surveys_surveypage(page_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: taggit_taggeditem taggit_taggeditem_content_type_id_9957a03c_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.taggit_taggeditem
    ADD CONSTRAINT taggit_taggeditem_content_type_id_9957a03c_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: taggit_taggeditem taggit_taggeditem_tag_id_f4f5b767_fk_taggit_tag_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.taggit_taggeditem
    ADD CONSTRAINT taggit_taggeditem_tag_id_f4f5b767_fk_taggit_tag_id FOREIGN KEY (tag_id) REFERENCES public.taggit_tag(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailadmin_editingsession wagtailadmin_editing_content_type_id_4df7730e_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailadmin_editingsession
    ADD CONSTRAINT wagtailadmin_editing_content_type_id_4df7730e_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailadmin_editingsession wagtailadmin_editingsession_user_id_6e1a9b70_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailadmin_editingsession
    ADD CONSTRAINT wagtailadmin_editingsession_user_id_6e1a9b70_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailadmin_formstate wagtailadmin_formsta_content_type_id_e32438b3_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailadmin_formstate
    ADD CONSTRAINT wagtailadmin_formsta_content_type_id_e32438b3_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailadmin_formstate wagtailadmin_formstate_user_id_b910adc2_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailadmin_formstate
    ADD CONSTRAINT wagtailadmin_formstate_user_id_b910adc2_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_apitoken wagtailcore_apitoken_user_id_49b1141b_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_apitoken
    ADD CONSTRAINT wagtailcore_apitoken_user_id_49b1141b_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_collectionviewrestriction wagtailcore_collecti_collection_id_761908ec_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_collectionviewrestriction
    ADD CONSTRAINT wagtailcore_collecti_collection_id_761908ec_fk_wagtailco FOREIGN KEY (collection_id) REFERENCES public.wagtailcore_collection(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_collectionviewrestriction_groups wagtailcore_collecti_collectionviewrestri_47320efd_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_collectionviewrestriction_groups
    ADD CONSTRAINT wagtailcore_collecti_collectionviewrestri_47320efd_fk_wagtailco FOREIGN KEY (collectionviewrestriction_id) REFERENCES public.wagtailcore_collectionviewrestriction(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_collectionviewrestriction_groups wagtailcore_collecti_group_id_1823f2a3_fk_auth_grou; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_collectionviewrestriction_groups
    ADD CONSTRAINT wagtailcore_collecti_group_id_1823f2a3_fk_auth_grou FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_comment wagtailcore_comment_page_id_108444b5_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_comment
    ADD CONSTRAINT wagtailcore_comment_page_id_108444b5_fk_wagtailcore_page_id FOREIGN KEY (page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_comment wagtailcore_comment_resolved_by_id_a282aa0e_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_comment
    ADD CONSTRAINT wagtailcore_comment_resolved_by_id_a282aa0e_fk_auth_user_id FOREIGN KEY (resolved_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_comment wagtailcore_comment_revision_created_id_1d058279_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_comment
    ADD CONSTRAINT wagtailcore_comment_revision_created_id_1d058279_fk_wagtailco FOREIGN KEY (revision_created_id) REFERENCES public.wagtailcore_revision(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_comment wagtailcore_comment_user_id_0c577ca6_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_comment
    ADD CONSTRAINT wagtailcore_comment_user_id_0c577ca6_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_commentreply wagtailcore_commentr_comment_id_afc7e027_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_commentreply
    ADD CONSTRAINT wagtailcore_commentr_comment_id_afc7e027_fk_wagtailco FOREIGN KEY (comment_id) REFERENCES public.wagtailcore_comment(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_commentreply wagtailcore_commentreply_user_id_d0b3b9c3_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_commentreply
    ADD CONSTRAINT wagtailcore_commentreply_user_id_d0b3b9c3_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_groupapprovaltask_groups wagtailcore_groupapp_group_id_2e64b61f_fk_auth_grou; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupapprovaltask_groups
    ADD CONSTRAINT wagtailcore_groupapp_group_id_2e64b61f_fk_auth_grou FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_groupapprovaltask_groups wagtailcore_groupapp_groupapprovaltask_id_9a9255ea_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupapprovaltask_groups
    ADD CONSTRAINT wagtailcore_groupapp_groupapprovaltask_id_9a9255ea_fk_wagtailco FOREIGN KEY (groupapprovaltask_id) REFERENCES public.wagtailcore_groupapprovaltask(task_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_groupapprovaltask wagtailcore_groupapp_task_ptr_id_cfe58781_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupapprovaltask
    ADD CONSTRAINT wagtailcore_groupapp_task_ptr_id_cfe58781_fk_wagtailco FOREIGN KEY (task_ptr_id) REFERENCES public.wagtailcore_task(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_groupcollectionpermission wagtailcore_groupcol_collection_id_5423575a_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupcollectionpermission
    ADD CONSTRAINT wagtailcore_groupcol_collection_id_5423575a_fk_wagtailco FOREIGN KEY (collection_id) REFERENCES public.wagtailcore_collection(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_groupcollectionpermission wagtailcore_groupcol_group_id_05d61460_fk_auth_grou; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupcollectionpermission
    ADD CONSTRAINT wagtailcore_groupcol_group_id_05d61460_fk_auth_grou FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_groupcollectionpermission wagtailcore_groupcol_permission_id_1b626275_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupcollectionpermission
    ADD CONSTRAINT wagtailcore_groupcol_permission_id_1b626275_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_grouppagepermission wagtailcore_grouppag_group_id_fc07e671_fk_auth_grou; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_grouppagepermission
    ADD CONSTRAINT wagtailcore_grouppag_group_id_fc07e671_fk_auth_grou FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_grouppagepermission wagtailcore_grouppag_page_id_710b114a_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_grouppagepermission
    ADD CONSTRAINT wagtailcore_grouppag_page_id_710b114a_fk_wagtailco FOREIGN KEY (page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_grouppagepermission wagtailcore_grouppag_permission_id_05acb22e_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_grouppagepermission
    ADD CONSTRAINT wagtailcore_grouppag_permission_id_05acb22e_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_groupsitepermission wagtailcore_groupsit_group_id_e5cdbee4_fk_auth_grou; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupsitepermission
    ADD CONSTRAINT wagtailcore_groupsit_group_id_e5cdbee4_fk_auth_grou FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_groupsitepermission wagtailcore_groupsit_permission_id_459b1f38_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupsitepermission
    ADD CONSTRAINT wagtailcore_groupsit_permission_id_459b1f38_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_groupsitepermission wagtailcore_groupsit_site_id_245de488_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_groupsitepermission
    ADD CONSTRAINT wagtailcore_groupsit_site_id_245de488_fk_wagtailco FOREIGN KEY (site_id) REFERENCES public.wagtailcore_site(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_modellogentry wagtailcore_modellog_content_type_id_68849e77_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_modellogentry
    ADD CONSTRAINT wagtailcore_modellog_content_type_id_68849e77_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_page wagtailcore_page_alias_of_id_12945502_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_page
    ADD CONSTRAINT wagtailcore_page_alias_of_id_12945502_fk_wagtailcore_page_id FOREIGN KEY (alias_of_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_page wagtailcore_page_content_type_id_c28424df_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_page
    ADD CONSTRAINT wagtailcore_page_content_type_id_c28424df_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_page wagtailcore_page_latest_revision_id_e60fef51_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_page
    ADD CONSTRAINT wagtailcore_page_latest_revision_id_e60fef51_fk_wagtailco FOREIGN KEY (latest_revision_id) REFERENCES public.wagtailcore_revision(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_page wagtailcore_page_live_revision_id_930bd822_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_page
    ADD CONSTRAINT wagtailcore_page_live_revision_id_930bd822_fk_wagtailco FOREIGN KEY (live_revision_id) REFERENCES public.wagtailcore_revision(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_page wagtailcore_page_locale_id_3c7e30a6_fk_wagtailcore_locale_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_page
    ADD CONSTRAINT wagtailcore_page_locale_id_3c7e30a6_fk_wagtailcore_locale_id FOREIGN KEY (locale_id) REFERENCES public.wagtailcore_locale(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_page wagtailcore_page_locked_by_id_bcb86245_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_page
    ADD CONSTRAINT wagtailcore_page_locked_by_id_bcb86245_fk_auth_user_id FOREIGN KEY (locked_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_page wagtailcore_page_owner_id_fbf7c332_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_page
    ADD CONSTRAINT wagtailcore_page_owner_id_fbf7c332_fk_auth_user_id FOREIGN KEY (owner_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_pagelogentry wagtailcore_pageloge_content_type_id_74e7708a_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_pagelogentry
    ADD CONSTRAINT wagtailcore_pageloge_content_type_id_74e7708a_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_revision wagtailcore_pagerevision_user_id_2409d2f4_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_revision
    ADD CONSTRAINT wagtailcore_pagerevision_user_id_2409d2f4_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_pagesubscription wagtailcore_pagesubs_page_id_a085e7a6_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_pagesubscription
    ADD CONSTRAINT wagtailcore_pagesubs_page_id_a085e7a6_fk_wagtailco FOREIGN KEY (page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_pagesubscription wagtailcore_pagesubscription_user_id_89d7def9_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_pagesubscription
    ADD CONSTRAINT wagtailcore_pagesubscription_user_id_89d7def9_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_pageviewrestriction_groups wagtailcore_pageview_group_id_6460f223_fk_auth_grou; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_pageviewrestriction_groups
    ADD CONSTRAINT wagtailcore_pageview_group_id_6460f223_fk_auth_grou FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_pageviewrestriction wagtailcore_pageview_page_id_15a8bea6_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_pageviewrestriction
    ADD CONSTRAINT wagtailcore_pageview_page_id_15a8bea6_fk_wagtailco FOREIGN KEY (page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_pageviewrestriction_groups wagtailcore_pageview_pageviewrestriction__f147a99a_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_pageviewrestriction_groups
    ADD CONSTRAINT wagtailcore_pageview_pageviewrestriction__f147a99a_fk_wagtailco FOREIGN KEY (pageviewrestriction_id) REFERENCES public.wagtailcore_pageviewrestriction(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_referenceindex wagtailcore_referenc_base_content_type_id_313cf40f_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_referenceindex
    ADD CONSTRAINT wagtailcore_referenc_base_content_type_id_313cf40f_fk_django_co FOREIGN KEY (base_content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_referenceindex wagtailcore_referenc_content_type_id_766e0336_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_referenceindex
    ADD CONSTRAINT wagtailcore_referenc_content_type_id_766e0336_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_referenceindex wagtailcore_referenc_to_content_type_id_93690bbd_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_referenceindex
    ADD CONSTRAINT wagtailcore_referenc_to_content_type_id_93690bbd_fk_django_co FOREIGN KEY (to_content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_revision wagtailcore_revision_base_content_type_id_5b4ef7bd_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_revision
    ADD CONSTRAINT wagtailcore_revision_base_content_type_id_5b4ef7bd_fk_django_co FOREIGN KEY (base_content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_revision wagtailcore_revision_content_type_id_c8cb69c0_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_revision
    ADD CONSTRAINT wagtailcore_revision_content_type_id_c8cb69c0_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_site wagtailcore_site_root_page_id_e02fb95c_fk_wagtailcore_page_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_site
    ADD CONSTRAINT wagtailcore_site_root_page_id_e02fb95c_fk_wagtailcore_page_id FOREIGN KEY (root_page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_task wagtailcore_task_content_type_id_249ab8ba_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_task
    ADD CONSTRAINT wagtailcore_task_content_type_id_249ab8ba_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_taskstate wagtailcore_taskstat_content_type_id_0a758fdc_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_taskstate
    ADD CONSTRAINT wagtailcore_taskstat_content_type_id_0a758fdc_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_taskstate wagtailcore_taskstat_revision_id_df25a499_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_taskstate
    ADD CONSTRAINT wagtailcore_taskstat_revision_id_df25a499_fk_wagtailco FOREIGN KEY (revision_id) REFERENCES public.wagtailcore_revision(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_taskstate wagtailcore_taskstat_workflow_state_id_9239a775_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_taskstate
    ADD CONSTRAINT wagtailcore_taskstat_workflow_state_id_9239a775_fk_wagtailco FOREIGN KEY (workflow_state_id) REFERENCES public.wagtailcore_workflowstate(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_taskstate wagtailcore_taskstate_finished_by_id_13f98229_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_taskstate
    ADD CONSTRAINT wagtailcore_taskstate_finished_by_id_13f98229_fk_auth_user_id FOREIGN KEY (finished_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_taskstate wagtailcore_taskstate_task_id_c3677c34_fk_wagtailcore_task_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_taskstate
    ADD CONSTRAINT wagtailcore_taskstate_task_id_c3677c34_fk_wagtailcore_task_id FOREIGN KEY (task_id) REFERENCES public.wagtailcore_task(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_uploadedfile wagtailcore_uploaded_for_content_type_id_b0fc87b2_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_uploadedfile
    ADD CONSTRAINT wagtailcore_uploaded_for_content_type_id_b0fc87b2_fk_django_co FOREIGN KEY (for_content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_uploadedfile wagtailcore_uploaded_uploaded_by_user_id_c7580fe8_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_uploadedfile
    ADD CONSTRAINT wagtailcore_uploaded_uploaded_by_user_id_c7580fe8_fk_auth_user FOREIGN KEY (uploaded_by_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_workflowstate wagtailcore_workflow_base_content_type_id_a30dc576_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowstate
    ADD CONSTRAINT wagtailcore_workflow_base_content_type_id_a30dc576_fk_django_co FOREIGN KEY (base_content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_workflowstate wagtailcore_workflow_content_type_id_2bb78ce1_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowstate
    ADD CONSTRAINT wagtailcore_workflow_content_type_id_2bb78ce1_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_workflowcontenttype wagtailcore_workflow_content_type_id_b261bb37_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowcontenttype
    ADD CONSTRAINT wagtailcore_workflow_content_type_id_b261bb37_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_workflowstate wagtailcore_workflow_current_task_state_i_3a1a0632_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowstate
    ADD CONSTRAINT wagtailcore_workflow_current_task_state_i_3a1a0632_fk_wagtailco FOREIGN KEY (current_task_state_id) REFERENCES public.wagtailcore_taskstate(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_workflowpage wagtailcore_workflow_page_id_81e7bab6_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowpage
    ADD CONSTRAINT wagtailcore_workflow_page_id_81e7bab6_fk_wagtailco FOREIGN KEY (page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_workflowstate wagtailcore_workflow_requested_by_id_4090bca3_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowstate
    ADD CONSTRAINT wagtailcore_workflow_requested_by_id_4090bca3_fk_auth_user FOREIGN KEY (requested_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_workflowtask wagtailcore_workflow_task_id_ce7716fe_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowtask
    ADD CONSTRAINT wagtailcore_workflow_task_id_ce7716fe_fk_wagtailco FOREIGN KEY (task_id) REFERENCES public.wagtailcore_task(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_workflowstate wagtailcore_workflow_workflow_id_1f18378f_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowstate
    ADD CONSTRAINT wagtailcore_workflow_workflow_id_1f18378f_fk_wagtailco FOREIGN KEY (workflow_id) REFERENCES public.wagtailcore_workflow(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_workflowpage wagtailcore_workflow_workflow_id_56f56ff6_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowpage
    ADD CONSTRAINT wagtailcore_workflow_workflow_id_56f56ff6_fk_wagtailco FOREIGN KEY (workflow_id) REFERENCES public.wagtailcore_workflow(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_workflowcontenttype wagtailcore_workflow_workflow_id_9aad7cd2_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowcontenttype
    ADD CONSTRAINT wagtailcore_workflow_workflow_id_9aad7cd2_fk_wagtailco FOREIGN KEY (workflow_id) REFERENCES public.wagtailcore_workflow(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailcore_workflowtask wagtailcore_workflow_workflow_id_b9717175_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailcore_workflowtask
    ADD CONSTRAINT wagtailcore_workflow_workflow_id_b9717175_fk_wagtailco FOREIGN KEY (workflow_id) REFERENCES public.wagtailcore_workflow(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtaildocs_document wagtaildocs_document_collection_id_23881625_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtaildocs_document
    ADD CONSTRAINT wagtaildocs_document_collection_id_23881625_fk_wagtailco FOREIGN KEY (collection_id) REFERENCES public.wagtailcore_collection(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtaildocs_document wagtaildocs_document_uploaded_by_user_id_17258b41_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtaildocs_document
    ADD CONSTRAINT wagtaildocs_document_uploaded_by_user_id_17258b41_fk_auth_user FOREIGN KEY (uploaded_by_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailforms_formsubmission wagtailforms_formsub_page_id_e48e93e7_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailforms_formsubmission
    ADD CONSTRAINT wagtailforms_formsub_page_id_e48e93e7_fk_wagtailco FOREIGN KEY (page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailimages_image wagtailimages_image_collection_id_c2f8af7e_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailimages_image
    ADD CONSTRAINT wagtailimages_image_collection_id_c2f8af7e_fk_wagtailco FOREIGN KEY (collection_id) REFERENCES public.wagtailcore_collection(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailimages_image wagtailimages_image_uploaded_by_user_id_5d73dc75_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailimages_image
    ADD CONSTRAINT wagtailimages_image_uploaded_by_user_id_5d73dc75_fk_auth_user FOREIGN KEY (uploaded_by_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailimages_rendition wagtailimages_rendit_image_id_3e1fd774_fk_wagtailim; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailimages_rendition
    ADD CONSTRAINT wagtailimages_rendit_image_id_3e1fd774_fk_wagtailim FOREIGN KEY (image_id) REFERENCES public.wagtailimages_image(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailredirects_redirect wagtailredirects_red_redirect_page_id_b5728a8f_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailredirects_redirect
    ADD CONSTRAINT wagtailredirects_red_redirect_page_id_b5728a8f_fk_wagtailco FOREIGN KEY (redirect_page_id) REFERENCES public.wagtailcore_page(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailredirects_redirect wagtailredirects_red_site_id_780a0e1e_fk_wagtailco; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailredirects_redirect
    ADD CONSTRAINT wagtailredirects_red_site_id_780a0e1e_fk_wagtailco FOREIGN KEY (site_id) REFERENCES public.wagtailcore_site(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailsearch_indexentry wagtailsearch_indexe_content_type_id_62ed694f_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailsearch_indexentry
    ADD CONSTRAINT wagtailsearch_indexe_content_type_id_62ed694f_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: wagtailusers_userprofile wagtailusers_userprofile_user_id_59c92331_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wagtailusers_userprofile
    ADD CONSTRAINT wagtailusers_userprofile_user_id_59c92331_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- PostgreSQL database dump complete
--

\unrestrict lederweb

